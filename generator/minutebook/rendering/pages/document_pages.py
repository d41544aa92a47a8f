"""Paper pages and the papers index."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ...model import (
    Document,
    DocumentKind,
)
from ..urls import (
    md_document,
    md_meeting,
    md_on_meeting,
    md_source_page,
    url_of,
)
from .body import Dressing, render_blocks
from .citations import Citation, cite_block, paper_citation
from .official import OfficialLinks
from .page_base import KIND_LABELS, Page, _date, _text, search_entry
from .section_ids import contents_links


class DocumentPages(OfficialLinks):
    """Each paper's own page with its full text, and the index of papers."""

    def documents_index(self) -> Page:
        here = "documents/index.md"
        lines = ["# Papers", ""]
        by_kind: dict[DocumentKind, list[Document]] = defaultdict(list)
        for document in self.archive.documents.values():
            by_kind[document.kind].append(document)
        for kind in DocumentKind:
            if not by_kind[kind]:
                continue
            lines += [f"## {KIND_LABELS[kind]}", ""]
            for document in sorted(
                by_kind[kind], key=lambda d: (d.date or dt.date.min, d.id), reverse=True
            ):
                lines.append(
                    f"- {_date(document.date)}: "
                    f"{self.link(here, md_document(self.archive, document), document.title)}"
                )
            lines.append("")
        return Page(
            here, {"kind": "documents", "id": "documents", "title": "Papers"}, "\n".join(lines)
        )

    def document_page(self, document: Document) -> Page:
        here = md_document(self.archive, document)
        a = self.archive
        meeting = a.meetings[document.meeting] if document.meeting else None
        item = self.items[document.agenda_item] if document.agenda_item else None
        body_name = a.bodies[meeting.body].name if meeting else None
        meta = {
            "kind": document.kind.value,
            "id": document.id,
            "title": document.title,
            "date": document.date.isoformat() if document.date else None,
            "body": a.meetings[document.meeting].body if document.meeting else None,
            "meetings": [document.meeting] if document.meeting else [],
            "items": [document.agenda_item] if document.agenda_item else [],
            "source_file": document.source_file,
            "source_lines": [document.part.first_line, document.part.last_line],
            "search": search_entry(
                {
                    "meeting": self.meeting_title(meeting) if meeting else None,
                    "meeting_url": url_of(md_meeting(meeting.id)) if meeting else None,
                    "item": f"{item.code} {item.title}".strip() if item else None,
                    "item_url": url_of(md_on_meeting(item.meeting, item.id)) if item else None,
                    "date": _date(document.date) if document.date else None,
                    "body": body_name,
                },
                {
                    "body": [body_name] if body_name else [],
                    "year": [str(document.date.year)] if document.date else [],
                    "kind": [KIND_LABELS[document.kind]],
                },
            ),
        }
        if document.parent:
            meta["parent"] = document.parent
        # the facts about the paper, in a box of their own that search leaves out
        # (engine/search_index.py): a result's excerpt shows the paper's words, not these
        lines = [f"# {_text(document.title)}", "", '<div class="mb-facts" markdown>', ""]
        lines.append(f"- **Kind:** {KIND_LABELS[document.kind]}")
        lines.append(f"- **Date:** {_date(document.date)}")
        if meeting:
            lines.append(
                f"- **Meeting:** "
                f"{self.link(here, md_meeting(meeting.id), self.meeting_title(meeting))}"
            )
        if item:
            target = md_on_meeting(item.meeting, item.id)
            lines.append(
                f"- **Agenda item:** {self.link(here, target, f'{item.code} {item.title}'.strip())}"
            )
            if item.facts.pages:  # where to find it in the published pack ("Pages 11 - 16")
                lines.append(f"- **Pages in the agenda pack:** {_text(item.facts.pages)}")
        if document.parent:
            report = a.documents[document.parent]
            lines.append(
                f"- **Appendix to:** {self.link(here, md_document(a, report), report.title)}"
            )
        span = (document.part.first_line, document.part.last_line)
        lines.append(f"- **Source:** {self.source_link(here, document, span)}")
        published = self.published_by(document)
        if published:
            lines.append(f"- **Publisher:** {published.removeprefix('Published by ')}")
        if meeting and (official := self.official_page(meeting)):
            lines.append(f"- **Official record:** {official}")
        lines += ["", "</div>", "", cite_block(self.paper_cite(document), self.settings)]
        links = self.links(document.id, here)
        if document.appendices:
            lines += ["", "## Appendices {#appendices}", ""]
            for appendix_id in document.appendices:
                appendix = a.documents[appendix_id]
                target = md_document(a, appendix)
                lines.append(f"- {self.link(here, target, appendix.title)}")
                listed_at, phrase = appendix.part.listed_at, appendix.part.listed_phrase
                if listed_at is None or phrase is None:
                    continue
                if not appendix.part.listed_whole_line:
                    # "... can be found at the end of this paper": that phrase links to it
                    links.setdefault(listed_at, []).append(
                        (phrase, self.link(here, target, phrase))
                    )
                elif listed_at not in links:
                    # the report's own list names it: the whole entry links to it (a line
                    # that names a person keeps that link: its label alone links, below)
                    links[listed_at] = [(phrase, self.link(here, target, phrase))]
        self.link_appendix_mentions(document, here, links)
        lines += self.referred_to(here)
        charts = {
            figure.line: f"![Chart of the table below: {_text(figure.describe())}]"
            f"({document.id}/figure-{figure.line}.svg){{: .mb-figure }}"
            for figure in document.part.figures
        }
        above = [document.title, *(["Appendices"] if document.appendices else [])]
        heading_ids, contents = contents_links(document.part, above)
        text = render_blocks(
            document.part.blocks,
            Dressing(
                links=links,
                before_tables=charts,
                numbered="para-",
                heading_ids=heading_ids,
                contents=contents,
            ),
        )
        lines += ["", "---", "", text]
        return Page(here, meta, "\n".join(lines))

    def paper_cite(self, document: Document) -> Citation:
        """A paper's citation: by the body whose meeting it went to, else its publisher."""
        a = self.archive
        meeting = a.meetings[document.meeting] if document.meeting else None
        source = self.sources[document.source_file]
        first, last = document.part.first_line, document.part.last_line
        lines = f"line {first}" if first == last else f"lines {first}–{last}"
        return paper_citation(
            record_id=document.id,
            title=document.title,
            kind=KIND_LABELS[document.kind].lower(),
            body=a.bodies[meeting.body].name if meeting else (source.publisher or ""),
            meeting_date=meeting.date if meeting else None,
            date=document.date,
            source=f"{document.source_file}, {lines}",
            url=self.url(md_document(a, document)),
            publisher=source.publisher,
            original=source.published_url,
            source_url=self.url(md_source_page(source, first, last)),
        )

    def link_appendix_mentions(
        self, document: Document, here: str, links: dict[int, list[tuple[str, str]]]
    ) -> None:
        """'attached as Appendix A', 'see appendix C' in a report or in one of its
        appendices link to that appendix's page, as resolving found it (a label whose start
        was not found has no target and stays text: there is no page to link to)."""
        for reference in document.appendix_references:
            if reference.target is not None:
                target = md_document(self.archive, self.archive.documents[reference.target.id])
                links.setdefault(reference.line, []).append(
                    (reference.text, self.link(here, target, reference.text))
                )
