"""'Cite' blocks: how to cite a meeting, an agenda item or a minute, in plain text and as
CSL-JSON (the format Zotero, Pandoc and citeproc read).

A block is raw HTML inside the page's Markdown, built here with every value escaped, so
document text can never become markup. It is a closed <details> element: one click opens
it, and it costs a reader nothing otherwise.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass
from typing import Any


def date_parts(value: dt.date) -> dict[str, list[list[int]]]:
    return {"date-parts": [[value.year, value.month, value.day]]}


@dataclass(frozen=True)
class Citation:
    """One citable thing: `anchor` is the id of its Cite block (`cite-<record anchor>`)."""

    anchor: str
    label: str  # "this meeting", "minute 121", "item B2"
    text: str
    csl: dict[str, Any]


def cite_block(citation: Citation) -> str:
    """The Cite block as one raw HTML block (no blank lines, so Markdown keeps it whole)."""
    csl = json.dumps([citation.csl], ensure_ascii=False, sort_keys=True)
    return (
        f'<details class="mb-cite" id="{html.escape(citation.anchor)}" data-pagefind-ignore>'
        f"<summary>Cite {html.escape(citation.label)}</summary>"
        f'<p class="mb-cite-text">{html.escape(citation.text)}</p>'
        f'<p class="mb-cite-format">CSL-JSON:</p>'
        f'<pre class="mb-cite-csl"><code>{html.escape(csl)}</code></pre>'
        "</details>"
    )


def meeting_citation(
    *,
    anchor: str,
    record_id: str,
    body: str,
    title: str,
    date: dt.date,
    venue: str | None,
    url: str,
    official: str | None = None,
) -> Citation:
    """A meeting; `official`: its official page, when content/sources.yaml gives one."""
    text = f"{body}, meeting of {date:%-d %B %Y}"
    if venue:
        text += f", {venue}"
    if official:
        text += f". Official record: {official}"
    csl: dict[str, Any] = {
        "id": record_id,
        "type": "event",
        "title": title,
        "author": [{"literal": body}],
        "issued": date_parts(date),
        "event-date": date_parts(date),
        "URL": url,
    }
    if venue:
        csl["event-place"] = venue
    if official:
        csl["archive_location"] = official
    return Citation(anchor, "this meeting", f"{text}. {url}", csl)


def record_citation(
    *,
    anchor: str,
    label: str,
    record_title: str,
    body: str,
    date: dt.date,
    container: str,
    source: str,
    url: str,
    section: str | None = None,
    publisher: str | None = None,
    original: str | None = None,
    source_url: str | None = None,
) -> Citation:
    """An agenda item or a minute: `container` names the agenda or minutes it is in,
    `source` the published file and lines it was read from; `publisher` and `original`
    (the published document's URL) when content/sources.yaml gives them; `source_url`
    the cited lines on the source's readable page."""
    where = f" ({section})" if section else ""
    text = f"{body}, {container}, {label}: “{record_title}”{where}."
    if publisher:
        text += f" Published by {publisher}" + (f": {original}." if original else ".")
    text += f" Source: {source}" + (f" ({source_url})" if source_url else "") + f". {url}"
    csl: dict[str, Any] = {
        "id": anchor.removeprefix("cite-"),
        "type": "document",
        "title": f"{label[0].upper()}{label[1:]}: {record_title}",
        "container-title": container,
        "author": [{"literal": body}],
        "issued": date_parts(date),
        "source": source,
        "URL": url,
    }
    if section:
        csl["section"] = section
    if publisher:
        csl["publisher"] = publisher
    if original:
        csl["archive_location"] = original
    return Citation(anchor, label, text, csl)
