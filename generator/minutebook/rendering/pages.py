"""Render the archive as front-matter Markdown pages, one per record.

Every page starts with YAML front matter (written by the YAML library, never by string
pasting) holding its record; the Markdown below reads well on its own. Links between pages
are relative `.md` links so the site engine checks every one of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import frontmatter

from ..model import (
    AgendaItem,
    Archive,
    AttendanceRole,
    Document,
    DocumentKind,
    Meeting,
    Membership,
    Mention,
    Minute,
    OrganisationMention,
    Reference,
    ReferenceKind,
)
from .charts import attendance_svg, figure_svg
from .citations import cite_block, meeting_citation, record_citation
from .following import follow_section
from .text import inline, link_phrases, render_lines
from .topic_pages import topic_page, topics_index
from .urls import (
    decision_anchor,
    fragment,
    locate,
    md_body,
    md_document,
    md_meeting,
    md_on_meeting,
    md_organisation,
    md_person,
    md_source,
    md_target,
    relative,
    url_of,
)

ROLE_LABELS = {
    AttendanceRole.PRESENT: "Present",
    AttendanceRole.ALSO_PRESENT: "Also present",
    AttendanceRole.IN_ATTENDANCE: "In attendance",
    AttendanceRole.APOLOGIES: "Apologies",
    AttendanceRole.SUBSTITUTE: "Substitutes",
}
KIND_LABELS = {
    DocumentKind.AGENDA: "Agenda",
    DocumentKind.MINUTES: "Minutes",
    DocumentKind.REPORT: "Report",
    DocumentKind.APPENDIX: "Appendix",
    DocumentKind.WORK_PROGRAMME: "Work programme",
    DocumentKind.ANNUAL_REPORT: "Annual report",
    DocumentKind.OTHER: "Document",
}


#: Keys every page's front matter carries, with their value when a record has none.
RECORD_KEYS: tuple[tuple[str, Any], ...] = (
    ("kind", None),
    ("id", None),
    ("title", None),
    ("date", None),
    ("body", None),
    ("meetings", []),
    ("items", []),
    ("people", []),
    ("documents", []),
)


@dataclass(frozen=True)
class Page:
    path: str  # relative to the pages folder, e.g. "meetings/2024-10-10-x.md"
    meta: dict[str, Any]
    body: str

    def render(self) -> str:
        """Front matter with the same record keys on every page, in a fixed order."""
        meta: dict[str, Any] = {key: self.meta.get(key, default) for key, default in RECORD_KEYS}
        meta.update((k, v) for k, v in self.meta.items() if k not in meta)
        post = frontmatter.Post(self.body, **meta)
        return frontmatter.dumps(post, sort_keys=False, allow_unicode=True) + "\n"


def _date(value: dt.date | None) -> str:
    return f"{value:%-d %B %Y}" if value else "undated"


def search_entry(meta: dict[str, str | None], filters: dict[str, list[str]]) -> dict[str, Any]:
    """What the search index shows with a page's results (`meta`: meeting, date, item, body;
    `*_url`: where the meeting or item is, site-root-relative)
    and lets readers narrow them by (`filters`: body, year, kind, person).

    Only record pages carry this mapping, and only they are indexed: index pages, the home
    page and alias pages have none. The theme renders it as attributes the indexer reads
    (site_config/overrides/main.html), so the values are plain text, never markup.
    """
    return {
        "meta": {k: v for k, v in meta.items() if v},
        "filters": {k: sorted(set(v)) for k, v in filters.items() if v},
    }


def _text(value: str) -> str:
    """Untrusted text for use inside our own Markdown (names, titles)."""
    return inline(value).replace("[", "\\[").replace("]", "\\]")


class PageWriter:
    def __init__(self, archive: Archive, site_url: str = "") -> None:
        """`site_url` makes the URLs in Cite blocks absolute ("" leaves them site-relative)."""
        self.archive = archive
        self.sources = {s.file: s for s in archive.sources}
        self.site_url = site_url.rstrip("/")
        # references in each paper's text by line, and by the page they lead to
        self.references: dict[str, dict[int, list[Reference]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.referred_from: dict[str, list[Reference]] = defaultdict(list)
        self.mentions: dict[str, dict[int, list[Mention]]] = defaultdict(lambda: defaultdict(list))
        self.mentions_of: dict[str, list[Mention]] = defaultdict(list)
        self.organisation_mentions_of: dict[str, list[OrganisationMention]] = defaultdict(list)
        for org_mention in archive.organisation_mentions:
            self.organisation_mentions_of[org_mention.organisation].append(org_mention)
        for mention in archive.mentions:
            self.mentions[mention.document][mention.line].append(mention)
            self.mentions_of[mention.person].append(mention)
        for reference in archive.references:
            self.references[reference.document][reference.line].append(reference)
            if reference.target is not None:
                target_page = md_target(archive, reference.target).partition("#")[0]
                source = archive.documents[reference.document]
                if md_document(archive, source).partition("#")[0] != target_page:
                    self.referred_from[target_page].append(reference)
        self.items = {i.id: i for m in archive.meetings.values() for i in m.items}
        self.minutes = {x.id: x for m in archive.meetings.values() for x in m.minutes}
        self.minute_meeting = {x.id: m.id for m in archive.meetings.values() for x in m.minutes}
        # previous and next meeting of the same body, worked out once for all pages
        self.neighbours: dict[str, tuple[Meeting | None, Meeting | None]] = {}
        by_body: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in self._meetings_sorted(reverse=False):
            by_body[meeting.body].append(meeting)
        # the meetings each person and organisation appears in, indexed once, so a page
        # costs the size of its own record rather than the size of the archive
        self.meetings_of_person: dict[str, list[Meeting]] = defaultdict(list)
        self.meetings_of_organisation: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in self._meetings_sorted(reverse=False):
            people = {x.person for x in meeting.attendance} | {x.person for x in meeting.membership}
            people |= {q.asker for q in meeting.questions if q.asker}
            people |= {d.person for d in meeting.declarations if d.person}
            for person_id in people:
                self.meetings_of_person[person_id].append(meeting)
            organisations = {x.organisation for x in meeting.membership if x.organisation}
            organisations |= {q.organisation for q in meeting.questions if q.organisation}
            for org_id in organisations:
                self.meetings_of_organisation[org_id].append(meeting)
        for series in by_body.values():
            for k, meeting in enumerate(series):
                self.neighbours[meeting.id] = (
                    series[k - 1] if k > 0 else None,
                    series[k + 1] if k + 1 < len(series) else None,
                )

    def link(self, from_md: str, to_md: str, text: str) -> str:
        return f"[{_text(text)}]({relative(from_md, to_md)})"

    def represents(self, here: str, membership: Membership) -> str:
        """What a member represents, linked to the organisation's page when it is one."""
        if membership.organisation:
            return self.link(here, md_organisation(membership.organisation), membership.represents)
        return _text(membership.represents)

    def meeting_title(self, meeting: Meeting) -> str:
        return f"{self.archive.bodies[meeting.body].name}, {_date(meeting.date)}"

    def url(self, md_path: str) -> str:
        return self.site_url + url_of(md_path)

    # -- references, back-links and citations -------------------------------------------
    def links(self, document_id: str, here: str) -> dict[int, list[tuple[str, str]]]:
        """The references in a paper's text as (phrase, Markdown) by line: a link when the
        archive holds the target, else the phrase and a note that it is not here."""
        found: dict[int, list[tuple[str, str]]] = {}
        for line, references in self.references.get(document_id, {}).items():
            found[line] = []
            for reference in references:
                if reference.target is not None:
                    target = md_target(self.archive, reference.target)
                    markdown = self.link(here, target, reference.text)
                elif reference.kind is ReferenceKind.ITEM and not self.has_agenda(document_id):
                    continue  # said once for the whole paper: its agenda is not here
                else:
                    markdown = f"{_text(reference.text)} *(not in this archive)*"
                found[line].append((reference.text, markdown))
        for line, mentions in self.mentions.get(document_id, {}).items():
            for mention in mentions:
                if mention.role is None:  # names link to the person; role words stay text
                    markdown = self.link(here, md_person(mention.person), mention.as_written)
                    found.setdefault(line, []).append((mention.as_written, markdown))
        return found

    def has_agenda(self, document_id: str) -> bool:
        """Whether the meeting a paper belongs to has its agenda in the archive."""
        meeting = self.archive.documents[document_id].meeting
        return meeting is not None and self.archive.meetings[meeting].agenda is not None

    def where(self, document_id: str, line: int) -> tuple[str, str]:
        """The page and anchor a line of a paper is read at, and how to name that place."""
        at = locate(self.archive, document_id, line)
        if at.meeting is None:
            return at.md, at.document.title
        title = self.meeting_title(at.meeting)
        if at.document.kind is DocumentKind.AGENDA:
            return at.md, f"Agenda of {title}" + (f", item {at.item.code}" if at.item else "")
        label = f"Minutes of {title}"
        if at.minute:
            label += f", minute {at.minute.facts.number}"
        if at.paragraph:
            label += f", paragraph {at.paragraph}"
        return at.md, label

    def referred_to(self, here: str) -> list[str]:
        """The 'Referred to from' section: every place elsewhere that refers to this page."""
        places: dict[str, tuple[str, list[str]]] = {}
        for reference in self.referred_from.get(here, []):
            where, label = self.where(reference.document, reference.line)
            quotes = places.setdefault(where, (label, []))[1]
            if reference.text not in quotes:
                quotes.append(reference.text)
        if not places:
            return []
        lines = ["", "## Referred to from {#referred-to}", ""]
        for where, (label, quotes) in sorted(places.items(), key=lambda kv: (kv[1][0], kv[0])):
            said = "; ".join(f"“{_text(q)}”" for q in quotes)
            lines.append(f"- {self.link(here, where, label)}: {said}")
        return lines

    def item_cite(self, meeting: Meeting, item: AgendaItem, agenda: Document) -> str:
        anchor = fragment(meeting.id, item.id)
        body = self.archive.bodies[meeting.body].name
        return cite_block(
            record_citation(
                anchor=f"cite-{anchor}",
                label=f"item {item.code}",
                record_title=item.title,
                body=body,
                date=meeting.date,
                container=f"agenda of the meeting of {_date(meeting.date)}",
                source=f"{agenda.source_file}, line {item.facts.line}",
                url=self.url(md_on_meeting(meeting.id, item.id)),
            )
        )

    def minute_cite(
        self, meeting: Meeting, minute: Minute, document: Document, code: str | None
    ) -> str:
        anchor = fragment(meeting.id, minute.id)
        return cite_block(
            record_citation(
                anchor=f"cite-{anchor}",
                label=f"minute {minute.facts.number}",
                record_title=minute.facts.title,
                body=self.archive.bodies[meeting.body].name,
                date=meeting.date,
                container=f"minutes of the meeting of {_date(meeting.date)}",
                source=(
                    f"{document.source_file}, lines {minute.facts.line}–{minute.facts.end_line}"
                ),
                url=self.url(md_on_meeting(meeting.id, minute.id)),
                section=f"item {code}" if code else None,
            )
        )

    # -- pages ---------------------------------------------------------------------------
    def pages(self) -> Iterator[Page]:
        yield self.home()
        yield self.meetings_index()
        for meeting in self.archive.meetings.values():
            yield self.meeting_page(meeting)
        yield self.documents_index()
        for document in self.archive.documents.values():
            if md_document(self.archive, document).startswith("documents/"):
                yield self.document_page(document)
        yield self.people_index()
        for person_id in self.archive.people:
            yield self.person_page(person_id)
            yield from self.alias_pages(person_id)
        yield self.organisations_index()
        for org_id in self.archive.organisations:
            yield self.organisation_page(org_id)
        yield self.bodies_index()
        for body_id in self.archive.bodies:
            yield self.body_page(body_id)
        yield topics_index(self)
        for topic in self.archive.topics.values():
            yield topic_page(self, topic)

    def _meetings_sorted(self, reverse: bool = True) -> list[Meeting]:
        return sorted(self.archive.meetings.values(), key=lambda m: (m.date, m.id), reverse=reverse)

    def home(self) -> Page:
        here = "index.md"
        a = self.archive
        lines = [
            "# Kent and Medway Police and Crime Panel archive",
            "",
            "This archive publishes the meeting papers of the Kent and Medway Police and Crime "
            "Panel and of the Police and Crime Commissioner's Performance and Delivery Board: "
            "what was decided, who attended, what was asked and what the reports said. It is "
            "built by Minutebook from the published documents; every "
            "page links back to the paper it came from.",
            "",
            f"It holds {len(a.meetings)} meetings, {len(a.documents)} papers from "
            f"{len(a.sources)} published files, and {len(a.people)} people.",
            "",
            "## Latest meetings",
            "",
        ]
        for meeting in self._meetings_sorted()[:10]:
            lines.append(
                f"- {self.link(here, md_meeting(meeting.id), self.meeting_title(meeting))}"
            )
        lines += [
            "",
            "## How to search",
            "",
            "Use the search box at the top of every page (or press /). Type a few words from "
            "what you are looking for (a place, a topic, a person's name); each result names "
            "the meeting, item or section it comes from and links straight to it. Narrow the "
            "results by body, year, kind of page or person.",
            "",
            "## Browse",
            "",
            f"- {self.link(here, 'meetings/index.md', 'Meetings by year')}",
            f"- {self.link(here, 'documents/index.md', 'Reports and other papers')}",
            f"- {self.link(here, 'people/index.md', 'People')}",
            f"- {self.link(here, 'organisations/index.md', 'Organisations')}",
            f"- {self.link(here, 'topics/index.md', 'Topics followed across meetings')}",
            f"- {self.link(here, 'bodies/index.md', 'Bodies')}",
            "",
            "The whole archive is also published as open data: "
            "[data/archive.json](data/archive.json).",
        ]
        lines += follow_section(a, here, [*a.bodies, None], self.link)
        return Page(here, {"kind": "home", "id": "home", "title": "Home"}, "\n".join(lines))

    def meetings_index(self) -> Page:
        """A calendar by year: one row per month with meetings, one column per body."""
        here = "meetings/index.md"
        by_year: dict[int, dict[int, dict[str, list[Meeting]]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(list))
        )
        for meeting in self._meetings_sorted(reverse=False):
            by_year[meeting.date.year][meeting.date.month][meeting.body].append(meeting)
        bodies = sorted(self.archive.bodies.values(), key=lambda b: b.name)
        lines = ["# Meetings", "", "Every meeting in the archive, by year and month.", ""]
        for year in sorted(by_year, reverse=True):
            columns = [b for b in bodies if any(b.id in m for m in by_year[year].values())]
            lines += [
                f"## {year}",
                "",
                "| Month | " + " | ".join(_text(b.name) for b in columns) + " |",
                "|---|" + "---|" * len(columns),
            ]
            for month in sorted(by_year[year]):
                cells = [
                    ", ".join(
                        self.link(here, md_meeting(m.id), f"{m.date:%-d %B}")
                        for m in by_year[year][month].get(b.id, [])
                    )
                    for b in columns
                ]
                lines.append(f"| {dt.date(year, month, 1):%B} | " + " | ".join(cells) + " |")
            lines.append("")
        return Page(
            here, {"kind": "meetings", "id": "meetings", "title": "Meetings"}, "\n".join(lines)
        )

    def meeting_page(self, meeting: Meeting) -> Page:
        here = md_meeting(meeting.id)
        a = self.archive
        body = a.bodies[meeting.body]
        title = self.meeting_title(meeting)
        people = sorted(
            {x.person for x in meeting.attendance} | {x.person for x in meeting.membership}
        )
        meta = {
            "kind": "meeting",
            "id": meeting.id,
            "title": title,
            "date": meeting.date.isoformat(),
            "body": body.id,
            "time": meeting.time.strftime("%H:%M") if meeting.time else None,
            "venue": meeting.venue,
            "items": [i.id for i in meeting.items],
            "minutes": [m.id for m in meeting.minutes],
            "people": people,
            "documents": meeting.documents,
            "search": search_entry(
                {"date": _date(meeting.date), "body": body.name},
                {
                    "body": [body.name],
                    "year": [str(meeting.date.year)],
                    "kind": [
                        "Meeting",
                        *(["Agenda"] if meeting.agenda else []),
                        *(["Minutes"] if meeting.minutes_document else []),
                        *(["Questions"] if meeting.questions else []),
                    ],
                    "person": [a.people[p].name for p in people],
                },
            ),
        }
        lines = [f"# {_text(title)}", "", *self.summary_card(meeting, here)]
        lines += [
            "",
            cite_block(
                meeting_citation(
                    anchor="cite-meeting",
                    record_id=meeting.id,
                    body=body.name,
                    title=title,
                    date=meeting.date,
                    venue=meeting.venue,
                    url=self.url(here),
                )
            ),
        ]
        lines += ["", "## Papers", ""]
        for doc_id in meeting.documents:
            document = a.documents[doc_id]
            lines.append(
                f"- {KIND_LABELS[document.kind]}: "
                f"{self.link(here, md_document(a, document), document.title)}"
            )
        if meeting.agenda:
            agenda = a.documents[meeting.agenda]
            span = f"lines {agenda.part.first_line}–{agenda.part.last_line}"
            lines += [
                "",
                "## Agenda {#agenda}",
                "",
                f"*Published in {self.source_link(here, agenda, span)}.*",
                "",
                self.agenda_text(meeting, here),
            ]
        if meeting.minutes_document:
            lines += ["", "## Minutes {#minutes}", ""]
            minutes_doc = a.documents[meeting.minutes_document]
            span = f"lines {minutes_doc.part.first_line}–{minutes_doc.part.last_line}"
            lines.append(f"*Published in {self.source_link(here, minutes_doc, span)}.*")
            cites_items = any(
                r.kind is ReferenceKind.ITEM
                for refs in self.references.get(minutes_doc.id, {}).values()
                for r in refs
            )
            if meeting.agenda is None and cites_items:
                lines += [
                    "",
                    "*The agenda of this meeting is not in this archive: the item numbers "
                    "the minutes cite are shown as printed, without links.*",
                ]
            lines += [
                "",
                self.attendance_text(meeting, here),
                "",
                self.minutes_text(meeting, minutes_doc, here),
            ]
        lines += self.decisions_and_actions(meeting)
        lines += self.referred_to(here)
        return Page(here, meta, "\n".join(lines))

    def summary_card(self, meeting: Meeting, here: str) -> list[str]:
        """What a reader wants first: when and where, who chaired, how many attended, what
        was resolved, and the meetings either side."""
        a = self.archive
        body = a.bodies[meeting.body]
        rows = [
            f"- **Body:** {self.link(here, md_body(body.id), body.name)}",
            f"- **Date:** {_date(meeting.date)}",
            f"- **Time:** {meeting.time:%H:%M}" if meeting.time else "- **Time:** not given",
            f"- **Venue:** {_text(meeting.venue)}" if meeting.venue else "- **Venue:** not given",
        ]
        chairs = [
            x for x in meeting.attendance
            if x.capacity and re.match(r"^Chair(man|woman|person)?\b", x.capacity)
        ]  # fmt: skip
        if chairs:
            names = ", ".join(
                self.link(here, md_person(x.person), a.people[x.person].name) for x in chairs
            )
            rows.append(f"- **Chair:** {names}")
        if meeting.attendance:
            counts = []
            for role in AttendanceRole:
                n = sum(1 for x in meeting.attendance if x.role is role)
                if n:
                    noun = ROLE_LABELS[role].lower()
                    if n == 1 and role is AttendanceRole.SUBSTITUTE:
                        noun = "substitute"
                    counts.append(f"{n} {noun}")
            rows.append(f"- **Attendance:** {', '.join(counts)} ([who](#minutes))")
        resolved = sum(1 for m in meeting.minutes if m.facts.resolution)
        if meeting.minutes:
            decided = [f"{resolved} resolution{'s' if resolved != 1 else ''} in the minutes"]
            if meeting.decisions:
                n = len(meeting.decisions)
                decided.append(
                    f"[{n} Commissioner's decision{'s' if n != 1 else ''} noted](#decisions)"
                )
            if meeting.actions:
                n = len(meeting.actions)
                decided.append(f"[{n} action{'s' if n != 1 else ''}](#actions)")
            rows.append(f"- **Decisions:** {', '.join(decided)}")
        else:
            rows.append("- **Decisions:** the minutes of this meeting are not in this archive")
        prev, nxt = self.neighbours.get(meeting.id, (None, None))
        if prev:
            rows.append(
                f"- **Previous meeting:** {self.link(here, md_meeting(prev.id), _date(prev.date))}"
            )
        if nxt:
            rows.append(
                f"- **Next meeting:** {self.link(here, md_meeting(nxt.id), _date(nxt.date))}"
            )
        return ['<div class="mb-summary" markdown>', "", *rows, "", "</div>"]

    def agenda_text(self, meeting: Meeting, here: str) -> str:
        a = self.archive
        assert meeting.agenda is not None
        document = a.documents[meeting.agenda]
        references = self.links(document.id, here)
        replacements: dict[int, str] = {}
        for item in meeting.items:
            anchor = fragment(meeting.id, item.id)
            links = [
                self.link(here, md_document(a, a.documents[d]), a.documents[d].title)
                for d in item.documents
            ]
            if item.minute:
                number = next(m.facts.number for m in meeting.minutes if m.id == item.minute)
                links.append(f"[Minute {_text(number)}](#{fragment(meeting.id, item.minute)})")
            if item.facts.pages:
                links.insert(0, f"Pages {_text(item.facts.pages)}")
            title = link_phrases(_text(item.title), references.get(item.facts.line, ()))
            # a heading, not a paragraph: search results (and the page's table of contents)
            # can then point at the item a passage belongs to; the heading has its own
            # permalink (the toc extension's)
            replacements[item.facts.line] = (
                f"### {_text(item.code)} {title} {{ #{anchor} .mb-item }}\n\n"
                + (f"{'; '.join(links)}\n\n" if links else "")
                + self.item_cite(meeting, item, document)
            )
        # the membership list: a table with a header row, each member linked to their page
        facts = document.part.membership
        if facts:
            rows = ["| Member | Represents |", "|---|---|"]
            for fact, record in zip(facts, meeting.membership, strict=True):
                org = self.represents(here, record)
                rows.append(
                    f"| {self.link(here, md_person(record.person), fact.as_written)} | {org} |"
                )
                replacements[fact.line] = ""
            replacements[facts[0].line] = "\n".join(rows)
        return render_lines(document.part.lines, replacements=replacements, links=references)

    def decisions_and_actions(self, meeting: Meeting) -> list[str]:
        """The Commissioner's decisions noted, and actions agreed, each with its anchor."""
        lines: list[str] = []
        if meeting.decisions:
            lines += ["", "## Decisions noted {#decisions}", ""]
            for decision in meeting.decisions:
                number = decision.facts.minute_number
                lines += [
                    f"**Decision {_text(decision.reference)}**: {_text(decision.title or '')} "
                    f"([minute {_text(number)}](#{fragment(meeting.id, decision.minute)}))",
                    f"{{: #{decision_anchor(decision.reference)} }}",
                    "",
                ]
        if meeting.actions:
            lines += [
                "",
                "## Actions {#actions}",
                "",
                "| Action | Status | Owner | Due |",
                "|---|---|---|---|",
            ]
            for n, action in enumerate(meeting.actions, start=1):
                due = _date(action.due) if action.due else ""
                lines.append(
                    f'| <span id="action-{n}"></span>{_text(action.text)} | '
                    f"{_text(action.status or '')} | {_text(action.owner or '')} | {due} |"
                )
        return lines

    def attendance_text(self, meeting: Meeting, here: str) -> str:
        lines: list[str] = []
        for role in AttendanceRole:
            entries = [x for x in meeting.attendance if x.role is role]
            if not entries:
                continue
            names = []
            for entry in entries:
                name = self.link(here, md_person(entry.person), entry.as_written)
                names.append(f"{name} ({_text(entry.capacity)})" if entry.capacity else name)
            lines.append(f"**{ROLE_LABELS[role]}:** " + ", ".join(names))
            lines.append("")
        return "\n".join(lines)

    def minutes_text(self, meeting: Meeting, document: Document, here: str) -> str:
        references = self.links(document.id, here)
        replacements: dict[int, str] = {}
        anchors: dict[int, str] = {}
        for minute in meeting.minutes:
            facts = minute.facts
            anchor = fragment(meeting.id, minute.id)
            cite = ""
            code = facts.item_code
            if minute.item:
                code = next(i.code for i in meeting.items if i.id == minute.item)
                cite = f" ([Item {_text(code)}](#{fragment(meeting.id, minute.item)}))"
            elif facts.item_code:
                cite = f" (Item {_text(facts.item_code)})"
            title = link_phrases(_text(facts.title), references.get(facts.line, ()))
            replacements[facts.line] = (
                f"### {_text(facts.number)}. {title}{cite} {{#{anchor}}}\n\n"
                + self.minute_cite(meeting, minute, document, code)
            )
            for paragraph in facts.paragraphs:
                if paragraph.number:
                    anchors[paragraph.line] = f"{anchor}-{paragraph.number}"
        # a question put to the Commissioner, shown apart from the answer that follows
        questions = {q.facts.line: "mb-question" for q in meeting.questions}
        return render_lines(
            document.part.lines,
            anchors=anchors,
            replacements=replacements,
            links=references,
            classes=questions,
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
                    "item": f"{item.code} {item.title}" if item else None,
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
        lines = [f"# {_text(document.title)}", ""]
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
                f"- **Agenda item:** {self.link(here, target, f'{item.code} {item.title}')}"
            )
        span = f"lines {document.part.first_line}–{document.part.last_line}"
        lines.append(f"- **Source:** {self.source_link(here, document, span)}")
        lines += self.referred_to(here)
        text = render_lines(
            document.part.lines,
            links=self.links(document.id, here),
            sections=True,
            before_tables={
                figure.line: f"![Chart of the table below: {_text(figure.describe())}]"
                f"({document.id}/figure-{figure.line}.svg){{: .mb-figure }}"
                for figure in document.part.figures
            },
        )
        lines += ["", "---", "", text]
        return Page(here, meta, "\n".join(lines))

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

    def people_index(self) -> Page:
        here = "people/index.md"
        lines = ["# People", ""]
        people = sorted(
            self.archive.people.values(),
            key=lambda p: (p.name.split()[-1].lower(), p.name.lower(), p.id),
        )
        for person in people:
            lines.append(f"- {self.link(here, md_person(person.id), person.name)}")
        return Page(here, {"kind": "people", "id": "people", "title": "People"}, "\n".join(lines))

    def attendance_record(self, person_id: str) -> dict[str, list[tuple[Meeting, str, str]]]:
        """Per body, each meeting with minutes at which the person was expected (listed as a
        member, or in the attendance) and what the minutes say: present, substitute,
        apologies or absent; with the capacity they attended in."""
        record: dict[str, list[tuple[Meeting, str, str]]] = defaultdict(list)
        for meeting in self.meetings_of_person.get(person_id, []):
            if not meeting.attendance:
                continue  # no minutes in the archive: nothing to say about attendance
            entries = [x for x in meeting.attendance if x.person == person_id]
            member = any(x.person == person_id for x in meeting.membership)
            if not entries and not member:
                continue
            roles = {x.role for x in entries}
            if roles & {AttendanceRole.PRESENT, AttendanceRole.ALSO_PRESENT,
                        AttendanceRole.IN_ATTENDANCE}:  # fmt: skip
                status = "present"
            elif AttendanceRole.SUBSTITUTE in roles:
                status = "substitute"
            elif AttendanceRole.APOLOGIES in roles:
                status = "apologies"
            else:
                status = "absent"
            capacity = next((x.capacity for x in entries if x.capacity), "") or ""
            record[meeting.body].append((meeting, status, capacity))
        return record

    def attendance_chart(self, person_id: str) -> tuple[str, str] | None:
        """The person's attendance chart: (path in the pages folder, SVG), if any."""
        record = self.attendance_record(person_id)
        if not record:
            return None
        rows = [
            (self.archive.bodies[body].name,
             [(self.meeting_title(m), status) for m, status, _ in entries])
            for body, entries in sorted(record.items())
        ]  # fmt: skip
        name = self.archive.people[person_id].name
        return f"people/{person_id}/attendance.svg", attendance_svg(
            f"Attendance of {name} at meetings in this archive", rows
        )

    def source_link(self, here: str, document: Document, lines: str = "") -> str:
        """The published file a paper was read from, linked to its text."""
        source = self.sources[document.source_file]
        text = document.source_file + (f", {lines}" if lines else "")
        return self.link(here, md_source(source), text)

    def files(self) -> Iterator[tuple[str, str]]:
        """Files other than pages: the source texts, and the charts pages show."""
        for document in self.archive.documents.values():
            if not md_document(self.archive, document).startswith("documents/"):
                continue
            for figure in document.part.figures:
                title = f"{document.title}: {figure.describe()}"
                svg = figure_svg(title, figure.periods, figure.series)
                yield f"documents/{document.id}/figure-{figure.line}.svg", svg
        for source in sorted(self.archive.sources, key=lambda s: s.sha256):
            yield md_source(source), source.text
        for person_id in self.archive.people:
            chart = self.attendance_chart(person_id)
            if chart:
                yield chart

    def person_page(self, person_id: str) -> Page:
        here = md_person(person_id)
        a = self.archive
        person = a.people[person_id]
        meetings = self.meetings_of_person.get(person_id, [])
        mentions = self.mentions_of.get(person_id, [])
        meta = {
            "kind": "person",
            "id": person.id,
            "title": person.name,
            "aliases": person.aliases,
            "meetings": sorted(
                {m.id for m in meetings}
                | {d for x in mentions if (d := a.documents[x.document].meeting)}
            ),
            "documents": sorted({x.document for x in mentions}),
            "search": search_entry(
                {},
                {
                    "body": [a.bodies[m.body].name for m in meetings],
                    "year": [str(m.date.year) for m in meetings],
                    "kind": ["Person"],
                    "person": [person.name],
                },
            ),
        }
        lines = [f"# {_text(person.name)}", ""]
        lines.append(
            "**Written in the documents as:** " + ", ".join(_text(s) for s in person.aliases)
        )
        lines.append("")
        lines += self.roles(person_id, here)
        lines += self.attendance_section(person_id, here)
        memberships = [(m, y) for m in meetings for y in m.membership if y.person == person_id]
        if memberships:
            lines += ["## Membership", ""]
            for m, y in memberships:
                org = self.represents(here, y)
                lines.append(
                    f"- {self.link(here, md_body(m.body), a.bodies[m.body].name)}, "
                    f"{org} (agenda of "
                    f"{self.link(here, md_meeting(m.id) + '#agenda', _date(m.date))})"
                )
            lines.append("")
        questions = [
            (m, q.minute, q.text) for m in meetings for q in m.questions if q.asker == person_id
        ]
        lines += self.minute_list(here, "Questions asked", questions)
        declarations = [
            (m, d.minute, d.text) for m in meetings for d in m.declarations if d.person == person_id
        ]
        lines += self.minute_list(here, "Declarations of interest", declarations)
        lines += self.mentions_section(person_id, here)
        if person.evidence:
            lines += ["## Why these spellings are one person", ""]
            lines += [f"- {_text(e)}" for e in person.evidence]
        return Page(here, meta, "\n".join(lines))

    def roles(self, person_id: str, here: str) -> list[str]:
        """Capacities they attended in, and what they represented, with the meetings."""
        held: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
        for meeting in self.meetings_of_person.get(person_id, []):
            for x in meeting.attendance:
                if x.person == person_id and x.capacity:
                    held[(x.capacity, meeting.body)].append(meeting)
            for y in meeting.membership:
                if y.person == person_id:
                    held[(f"Member representing {y.represents}", meeting.body)].append(meeting)
        if not held:
            return []
        lines = ["## Roles", ""]
        for (role, body), meetings in sorted(held.items(), key=lambda kv: (kv[1][0].date, kv[0])):
            dates = ", ".join(
                self.link(here, md_meeting(m.id), _date(m.date))
                for m in sorted({m.id: m for m in meetings}.values(), key=lambda m: (m.date, m.id))
            )
            lines.append(f"- {_text(role)}, {_text(self.archive.bodies[body].name)}: {dates}")
        return [*lines, ""]

    def attendance_section(self, person_id: str, here: str) -> list[str]:
        record = self.attendance_record(person_id)
        if not record:
            return []
        lines = ["## Attendance", ""]
        words = {"present": "Present", "substitute": "Present as a substitute",
                 "apologies": "Apologies", "absent": "Not recorded as present"}  # fmt: skip
        for body, entries in sorted(record.items()):
            present = sum(1 for _, s, _ in entries if s in {"present", "substitute"})
            rate = round(100 * present / len(entries))
            lines.append(
                f"At meetings of the {_text(self.archive.bodies[body].name)} in this archive: "
                f"present at {present} of {len(entries)} ({rate}%)."
            )
            lines.append("")
        name = self.archive.people[person_id].name
        lines += [
            f"![Attendance chart of {_text(name)}: one square per meeting, the same as the "
            f"table below]({person_id}/attendance.svg)",
            "",
            "| Meeting | Attendance | Capacity |",
            "|---|---|---|",
        ]
        for _body, entries in sorted(record.items()):
            for meeting, status, capacity in entries:
                link = self.link(here, md_meeting(meeting.id) + "#minutes",
                                 self.meeting_title(meeting))  # fmt: skip
                lines.append(f"| {link} | {words[status]} | {_text(capacity)} |")
        return [*lines, ""]

    def mentions_section(self, person_id: str, here: str) -> list[str]:
        """Every place the text names them, linked to the paragraph; role words ("the
        Commissioner") grouped by meeting."""
        by_name: dict[str, tuple[str, list[str]]] = {}
        by_role: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        for mention in self.mentions_of.get(person_id, []):
            where, label = self.where(mention.document, mention.line)
            if mention.role is None:
                said = by_name.setdefault(where, (label, []))[1]
                if mention.as_written not in said:
                    said.append(mention.as_written)
                continue
            at = locate(self.archive, mention.document, mention.line)
            meeting = at.meeting.id if at.meeting else at.document.id
            key = (meeting, f"the {mention.role}")
            if at.minute:
                target = md_on_meeting(meeting, at.minute.id)
                by_role[key].setdefault(f"minute {at.minute.facts.number}", target)
            else:
                by_role[key].setdefault(KIND_LABELS[at.document.kind].lower(), at.md)
        if not by_name and not by_role:
            return []
        lines = ["## Mentioned in", ""]
        for where, (label, said) in sorted(by_name.items(), key=lambda kv: (kv[1][0], kv[0])):
            quoted = "; ".join(f"“{_text(s)}”" for s in said)
            lines.append(f"- {self.link(here, where, label)}: {quoted}")
        for (meeting_id, role), minutes in sorted(by_role.items()):
            title = (
                self.meeting_title(self.archive.meetings[meeting_id])
                if meeting_id in self.archive.meetings
                else self.archive.documents[meeting_id].title
            )
            links = ", ".join(self.link(here, target, label) for label, target in minutes.items())
            lines.append(f"- As “{_text(role)}”, {_text(title)}: {links}")
        return [*lines, ""]

    def minute_list(
        self, here: str, heading: str, entries: list[tuple[Meeting, str, str]]
    ) -> list[str]:
        """A section listing texts, each linked to the minute it was recorded in."""
        if not entries:
            return []
        lines = [f"## {heading}", ""]
        for meeting, minute_id, text in entries:
            target = md_on_meeting(meeting.id, minute_id)
            lines.append(f"- {self.link(here, target, self.meeting_title(meeting))}: {_text(text)}")
        return [*lines, ""]

    def alias_pages(self, person_id: str) -> Iterator[Page]:
        """A small page at each other slug a person's spellings would have had, so a link made
        when the archive knew only "Mr M Scott" still leads to Matthew Scott's page."""
        person = self.archive.people[person_id]
        for alias in person.alias_ids:
            here = md_person(alias)
            # no "search" entry: the person's own page is the one search finds
            meta = {
                "kind": "person-alias",
                "id": alias,
                "title": person.name,
                "people": [person_id],
            }
            body = (
                f"# {_text(person.name)}\n\nThis address is kept for links made before the "
                f"archive knew this person's full name. Their page is "
                f"{self.link(here, md_person(person_id), person.name)}.\n"
            )
            yield Page(here, meta, body)

    def organisations_index(self) -> Page:
        here = "organisations/index.md"
        lines = ["# Organisations", ""]
        for org in sorted(self.archive.organisations.values(), key=lambda o: o.name.lower()):
            lines.append(f"- {self.link(here, md_organisation(org.id), org.name)}")
        return Page(
            here,
            {"kind": "organisations", "id": "organisations", "title": "Organisations"},
            "\n".join(lines),
        )

    def organisation_page(self, org_id: str) -> Page:
        here = md_organisation(org_id)
        a = self.archive
        org = a.organisations[org_id]
        members: dict[str, list[Meeting]] = defaultdict(list)
        questions = []
        for m in self.meetings_of_organisation.get(org_id, []):
            for x in m.membership:
                if x.organisation == org_id:
                    members[x.person].append(m)
            questions += [(m, q) for q in m.questions if q.organisation == org_id]
        meta = {
            "kind": "organisation",
            "id": org.id,
            "title": org.name,
            "people": sorted(members),
            "search": search_entry(
                {},
                {
                    "kind": ["Organisation"],
                    "person": [a.people[p].name for p in members],
                },
            ),
        }
        lines = [f"# {_text(org.name)}", ""]
        if members:
            lines += ["## Members on the Panel", ""]
            for person_id in sorted(members, key=lambda p: a.people[p].name):
                dates = ", ".join(
                    self.link(here, md_meeting(m.id) + "#agenda", _date(m.date))
                    for m in members[person_id]
                )
                lines.append(
                    f"- {self.link(here, md_person(person_id), a.people[person_id].name)}"
                    f" (listed on the agenda of {dates})"
                )
            lines.append("")
        if questions:
            lines += ["## Questions asked by its members", ""]
            for m, q in questions:
                who = (
                    self.link(here, md_person(q.asker), a.people[q.asker].name)
                    if q.asker
                    else _text(q.facts.asker_as_written)
                )
                where = self.link(here, md_on_meeting(m.id, q.minute), self.meeting_title(m))
                lines.append(f"- {who}, {where}: {_text(q.text)}")
            lines.append("")
        lines += self.attending_for(org_id, here)
        lines += self.organisation_mentions_section(org_id, here)
        return Page(here, meta, "\n".join(lines))

    def attending_for(self, org_id: str, here: str) -> list[str]:
        """People whose capacity at a meeting names the organisation ("Head of Policy
        Coordination & Research, OPCC"; "Chief Constable" is not enough: it must be named)."""
        names = {self.archive.organisations[org_id].name} | {
            x.as_written for x in self.organisation_mentions_of.get(org_id, [])
        }
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
        seen: dict[str, list[tuple[Meeting, str]]] = defaultdict(list)
        for meeting in self._meetings_sorted(reverse=False):
            for x in meeting.attendance:
                if x.capacity and pattern.search(x.capacity):
                    seen[x.person].append((meeting, x.capacity))
        if not seen:
            return []
        lines = ["## People attending for it", ""]
        people = self.archive.people
        for person_id in sorted(seen, key=lambda p: people[p].name):
            at = ", ".join(
                f"{_text(capacity)} ({self.link(here, md_meeting(m.id), _date(m.date))})"
                for m, capacity in seen[person_id]
            )
            lines.append(f"- {self.link(here, md_person(person_id), people[person_id].name)}: {at}")
        return [*lines, ""]

    def organisation_mentions_section(self, org_id: str, here: str) -> list[str]:
        """Where the text names the organisation: each page once, with how many times and
        links to the minutes or paragraphs."""
        by_page: dict[str, tuple[str, dict[str, str]]] = {}
        counts: dict[str, int] = defaultdict(int)
        for mention in self.organisation_mentions_of.get(org_id, []):
            at = locate(self.archive, mention.document, mention.line)
            page = at.md.partition("#")[0]
            title = self.meeting_title(at.meeting) if at.meeting else at.document.title
            entry = by_page.setdefault(page, (f"{KIND_LABELS[at.document.kind]}: {title}", {}))
            if at.minute:
                place = f"minute {at.minute.facts.number}"
                entry[1].setdefault(at.md, place + (f" ¶{at.paragraph}" if at.paragraph else ""))
            elif at.item:
                entry[1].setdefault(at.md, f"item {at.item.code}")
            counts[page] += 1
        if not by_page:
            return []
        lines = ["## Mentioned in", ""]
        for page, (title, places) in sorted(by_page.items(), key=lambda kv: kv[1][0]):
            n = counts[page]
            text = f"- {self.link(here, page, title)}: named {n} time{'s' if n != 1 else ''}"
            if places:
                text += " — " + ", ".join(self.link(here, w, p) for w, p in places.items())
            lines.append(text)
        return [*lines, ""]

    def bodies_index(self) -> Page:
        here = "bodies/index.md"
        lines = ["# Bodies", ""]
        for body in sorted(self.archive.bodies.values(), key=lambda b: b.name.lower()):
            lines.append(f"- {self.link(here, md_body(body.id), body.name)}")
        return Page(here, {"kind": "bodies", "id": "bodies", "title": "Bodies"}, "\n".join(lines))

    def body_page(self, body_id: str) -> Page:
        here = md_body(body_id)
        body = self.archive.bodies[body_id]
        meetings = [m for m in self._meetings_sorted() if m.body == body_id]
        meta = {
            "kind": "body",
            "id": body.id,
            "title": body.name,
            "meetings": [m.id for m in meetings],
            "search": search_entry(
                {},
                {
                    "body": [body.name],
                    "year": [str(m.date.year) for m in meetings],
                    "kind": ["Body"],
                },
            ),
        }
        lines = [f"# {_text(body.name)}", "", "## Meetings", ""]
        for m in meetings:
            chair = next(
                (x for x in m.attendance if (x.capacity or "").lower() in {"chairman", "chair"}),
                None,
            )
            chair_name = self.archive.people[chair.person].name if chair else ""
            chair_text = (
                f" — chaired by {self.link(here, md_person(chair.person), chair_name)}"
                if chair
                else ""
            )
            lines.append(f"- {self.link(here, md_meeting(m.id), _date(m.date))}{chair_text}")
        lines += self.body_members(meetings, here)
        lines += ["", *follow_section(self.archive, here, [body_id], self.link)]
        return Page(here, meta, "\n".join(lines))

    def body_members(self, meetings: list[Meeting], here: str) -> list[str]:
        """Membership as of each meeting whose agenda lists it: each member, what they
        represent, and the agendas that list them."""
        listed: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
        membership: dict[tuple[str, str], Membership] = {}
        for meeting in sorted(meetings, key=lambda m: (m.date, m.id)):
            for member in meeting.membership:
                key = (member.person, member.represents)
                listed[key].append(meeting)
                membership.setdefault(key, member)
        if not listed:
            return []
        lines = ["", "## Members", "", "| Member | Represents | Listed on the agendas of |",
                 "|---|---|---|"]  # fmt: skip
        people = self.archive.people
        for key in sorted(listed, key=lambda k: (people[k[0]].name, k[1])):
            person = self.link(here, md_person(key[0]), people[key[0]].name)
            dates = ", ".join(
                self.link(here, md_meeting(m.id) + "#agenda", _date(m.date)) for m in listed[key]
            )
            lines.append(f"| {person} | {self.represents(here, membership[key])} | {dates} |")
        return lines
