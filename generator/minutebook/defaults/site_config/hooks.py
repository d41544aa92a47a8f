"""MkDocs hooks: they only dress pages, never make content.

Everything a reader or a machine depends on is written by Minutebook before MkDocs runs;
a replacement engine that ignores hooks loses only this dressing and the safety net below
(Minutebook already escapes every tag a document contains when it writes the Markdown).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from minutebook.rendering.sanitising import sanitise_html

#: A whole table in sanitised HTML (nh3 writes every table tag bare, without attributes).
_TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)


def _scrollable_tables(html: str) -> str:
    """Wrap each table in a keyboard-focusable, labelled region that scrolls sideways.

    Tables from the documents are often wider than a phone. Only the wrapper scrolls, never
    the page; and a scrolling region must be reachable by keyboard (WCAG 2.1.1, axe's
    scrollable-region-focusable), so it takes focus and is named for screen readers.
    """
    number = itertools.count(1)
    return _TABLE.sub(
        lambda match: (
            f'<div class="mb-table" role="region" tabindex="0" aria-label="Table {next(number)}">'
            f"{match.group(0)}</div>"
        ),
        html,
    )


def _empty_headers_as_cells(html: str) -> str:
    """An empty header cell (the corner of a table with row labels) becomes a plain cell.

    It heads nothing, and an empty ``<th>`` makes screen readers announce a blank header.
    """
    return html.replace("<th></th>", "<td></td>")


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Safety net: the HTML rendered from a page's Markdown passes an allow-list sanitiser.

    The wrappers around tables are added after sanitising: they are ours, not a document's.
    """
    return _scrollable_tables(_empty_headers_as_cells(sanitise_html(html)))


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Expose the page's record kind to templates (front matter holds it)."""
    context["minutebook_kind"] = (page.meta or {}).get("kind")
    return context
