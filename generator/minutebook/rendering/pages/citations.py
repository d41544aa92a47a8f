"""'Cite' blocks: how to cite a meeting, an agenda item, a minute or a paper, as a
conventional citation (worded by the archive's `citation` setting), with where it was read
from, and as CSL-JSON (the format Zotero, Pandoc and citeproc read).

A block is raw HTML inside the page's Markdown, built here with every value escaped, so
document text can never become markup. It is a closed <details> element: one click opens
it, and it costs a reader nothing otherwise. A page has one block of its own ("Cite this
meeting", "Cite this paper"); minutes and agenda items have a compact one, a small "Cite"
beside their heading (`compact_cite`), which adds nothing to the page's height.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import string
from dataclasses import dataclass
from typing import Any

from ...config import Settings

#: What the reader's browser replaces with the day they read the page (minutebook.js);
#: without JavaScript the reader fills it in.
ACCESSED_PLACEHOLDER = "[date]"


def date_parts(value: dt.date) -> dict[str, list[list[int]]]:
    return {"date-parts": [[value.year, value.month, value.day]]}


def _date(value: dt.date) -> str:
    return f"{value:%-d %B %Y}"


@dataclass(frozen=True)
class Citation:
    """One citable thing: `anchor` is the id of its Cite block (`cite-<record anchor>`);
    `cited` says what it is ("minutes of 17 October 2023, minute 103"); `provenance`
    where it was published and read from (empty when nothing is known)."""

    anchor: str
    label: str  # "this meeting", "minute 121", "item B2", "this paper"
    body: str
    cited: str
    url: str
    provenance: str
    csl: dict[str, Any]


def conventional(citation: Citation, settings: Settings) -> str:
    """The citation as the archive words it (`settings.citation`), as HTML: each value in
    a span of its own, so minutebook.js can cite a paragraph by changing two of them."""
    values = {
        "body": citation.body,
        "cited": citation.cited,
        "archive": settings.name,
        "url": citation.url,
        "accessed": ACCESSED_PLACEHOLDER,
    }
    out: list[str] = []
    for literal, name, _, _ in string.Formatter().parse(settings.citation):
        if literal:
            out.append(html.escape(literal))
        if name is not None:
            out.append(f'<span class="mb-cite-{name}">{html.escape(values[name])}</span>')
    if not citation.body and out and out[0].startswith('<span class="mb-cite-body">'):
        out = out[2:] if len(out) > 1 and out[1].strip(" ,.;:") == "" else out[1:]
    return "".join(out)


def _contents(citation: Citation, settings: Settings) -> str:
    csl = json.dumps(
        [{**citation.csl, "archive": settings.name}], ensure_ascii=False, sort_keys=True
    )
    provenance = (
        f'<p class="mb-cite-source">{html.escape(citation.provenance)}</p>'
        if citation.provenance
        else ""
    )
    return (
        f'<p class="mb-cite-text">{conventional(citation, settings)}</p>'
        f"{provenance}"
        f'<p class="mb-cite-format">CSL-JSON:</p>'
        f'<pre class="mb-cite-csl"><code>{html.escape(csl)}</code></pre>'
    )


def cite_block(citation: Citation, settings: Settings) -> str:
    """A page's own Cite block as one raw HTML block (no blank lines, so Markdown keeps it
    whole): "Cite this meeting"."""
    return (
        f'<details class="mb-cite" id="{html.escape(citation.anchor)}" data-pagefind-ignore="all">'
        f"<summary>Cite {html.escape(citation.label)}</summary>"
        f"{_contents(citation, settings)}"
        "</details>"
    )


def compact_cite(citation: Citation, settings: Settings) -> str:
    """A minute's or an agenda item's Cite block: a small "Cite" beside its heading (what
    it cites is said to screen readers), opening over the text below."""
    return (
        f'<details class="mb-cite mb-cite-compact" id="{html.escape(citation.anchor)}" '
        'data-pagefind-ignore="all">'
        f'<summary>Cite<span class="mb-sr"> {html.escape(citation.label)}</span></summary>'
        f'<div class="mb-cite-panel">{_contents(citation, settings)}</div>'
        "</details>"
    )


def headed(heading: str, citation: Citation, settings: Settings) -> str:
    """A heading's Markdown with its compact Cite block beside it, in one row."""
    return (
        '<div class="mb-head" markdown>\n\n'
        f"{heading}\n\n{compact_cite(citation, settings)}\n\n</div>"
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
    cited = f"meeting of {_date(date)}" + (f", {venue}" if venue else "")
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
    provenance = f"Official record: {official}" if official else ""
    return Citation(anchor, "this meeting", body, cited, url, provenance, csl)


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
    """An agenda item or a minute: `container` names the agenda or minutes it is in
    ("minutes of 17 October 2023"), `source` the published file and lines it was read
    from; `publisher` and `original` (the published document's URL) when
    content/sources.yaml gives them; `source_url` the cited lines on the source's readable
    page."""
    where = f" ({section})" if section else ""
    provenance = f"{label[0].upper()}{label[1:]}: “{record_title}”{where}."
    if publisher:
        provenance += f" Published by {publisher}" + (f": {original}." if original else ".")
    provenance += f" Source: {source}" + (f" ({source_url})" if source_url else "") + "."
    csl: dict[str, Any] = {
        "id": anchor.removeprefix("cite-"),
        "type": "document",
        "title": f"{label[0].upper()}{label[1:]}: {record_title}",
        "container-title": f"{container[0].upper()}{container[1:]}",
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
    return Citation(anchor, label, body, f"{container}, {label}", url, provenance, csl)


def paper_citation(
    *,
    record_id: str,
    title: str,
    kind: str,
    body: str,
    meeting_date: dt.date | None,
    date: dt.date | None,
    source: str,
    url: str,
    publisher: str | None = None,
    original: str | None = None,
    source_url: str | None = None,
) -> Citation:
    """A paper (a report, an appendix, a work programme): `kind` as a reader says it
    ("report"), `body` the body whose meeting it went to (or its publisher, or "")."""
    cited = f"“{title}”, {kind}"
    if meeting_date:
        cited += f" for the meeting of {_date(meeting_date)}"
    elif date:
        cited += f", {_date(date)}"
    provenance = (
        f"Published by {publisher}" + (f": {original}." if original else ".") if publisher else ""
    )
    provenance += (" " if provenance else "") + f"Source: {source}"
    provenance += (f" ({source_url})" if source_url else "") + "."
    csl: dict[str, Any] = {
        "id": record_id,
        "type": "report" if kind.endswith("report") else "document",
        "title": title,
        "genre": kind,
        "source": source,
        "URL": url,
    }
    if body:
        csl["author"] = [{"literal": body}]
    issued = date or meeting_date
    if issued:
        csl["issued"] = date_parts(issued)
    if publisher:
        csl["publisher"] = publisher
    if original:
        csl["archive_location"] = original
    return Citation("cite-paper", "this paper", body, cited, url, provenance, csl)
