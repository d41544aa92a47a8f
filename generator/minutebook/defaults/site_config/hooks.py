"""MkDocs hooks: they only dress pages, never make content.

Everything a reader or a machine depends on is written by Minutebook before MkDocs runs;
a replacement engine that ignores hooks loses only this dressing and the safety net below
(Minutebook already escapes every tag a document contains when it writes the Markdown).
"""

from __future__ import annotations

import html as html_text
import itertools
import re
from collections.abc import Iterable
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


#: A page gets its own contents block when it has at least this many sections under its
#: title (a short page, a list of links, is read without one).
CONTENTS_MIN_SECTIONS = 3
#: The end of the page's title, after which the contents block is put.
_TITLE_END = re.compile(r"</h1>")


def _contents_items(entries: Iterable[Any], depth: int) -> str:
    """Nested list items for table-of-contents entries (MkDocs' AnchorLink: title, url,
    children), two levels deep. Titles arrive as escaped text; they are unescaped and
    escaped again, so nothing in them can be markup and nothing is escaped twice."""
    items = []
    for entry in entries:
        title = html_text.escape(html_text.unescape(str(entry.title)), quote=False)
        url = html_text.escape(str(entry.url))
        inner = _contents_items(entry.children, depth + 1) if depth < 2 else ""
        items.append(f'<li><a href="{url}">{title}</a>{inner}</li>')
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _count(entries: Iterable[Any]) -> int:
    return sum(1 + _count(entry.children) for entry in entries)


def contents_block(toc: Iterable[Any]) -> str:
    """The page's sections as a closed "On this page" list, or "" for a page of few.

    Material shows a page's table of contents in a side bar from 960 px up, and in the
    phone's drawer only for pages in the navigation, which no record page is; so on a
    phone a long meeting or paper had no way into itself. This block, under the title,
    is shown only where the side bar is not (minutebook.css).
    """
    sections = [child for entry in toc for child in entry.children]
    if _count(sections) < CONTENTS_MIN_SECTIONS:
        return ""
    return (
        '<nav class="mb-contents" id="mb-contents" aria-label="On this page" data-pagefind-ignore>'
        f"<details><summary>On this page</summary>{_contents_items(sections, 1)}</details>"
        "</nav>"
    )


def _with_contents(html: str, toc: Iterable[Any]) -> str:
    block = contents_block(toc)
    title = _TITLE_END.search(html)
    if not block or title is None:
        return html
    return html[: title.end()] + block + html[title.end() :]


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Safety net: the HTML rendered from a page's Markdown passes an allow-list sanitiser.

    The wrappers around tables and the contents block are added after sanitising: they are
    ours, not a document's.
    """
    safe = _scrollable_tables(_empty_headers_as_cells(sanitise_html(html)))
    return _with_contents(safe, getattr(page, "toc", None) or [])


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Expose the page's record kind to templates (front matter holds it)."""
    context["minutebook_kind"] = (page.meta or {}).get("kind")
    return context
