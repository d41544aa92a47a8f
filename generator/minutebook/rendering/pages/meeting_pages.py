"""Meeting pages and the meetings calendar."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator

from ...model import (
    AgendaItem,
    AttendanceRole,
    Document,
    Meeting,
    Minute,
    ReferenceKind,
)
from ..urls import (
    decision_anchor,
    fragment,
    md_body,
    md_document,
    md_meeting,
    md_meetings_year,
    md_on_meeting,
    md_person,
    md_source_page,
    question_anchor,
)
from .body import Dressing, render_blocks, shared_lines
from .citations import Citation, cite_block, headed, meeting_citation, record_citation
from .official import OfficialLinks
from .page_base import (
    KIND_LABELS,
    ROLE_LABELS,
    Page,
    _date,
    _text,
    search_entry,
    search_weight_of_text,
)
from .text import link_phrases


class MeetingPages(OfficialLinks):
    """The meetings index (a calendar) and each meeting's page: summary card, papers,
    agenda, attendance, minutes, decisions, actions."""

    def meetings_index(self) -> Page:
        """The newest year's calendar and a line of links to every year's calendar: the
        page stays the same size however many years the archive holds."""
        here = "meetings/index.md"
        by_year = self.meetings_by_year()
        lines = ["# Meetings", ""]
        if by_year:
            newest = max(by_year)
            lines += [
                "The latest year's meetings, by month. Each year has its own calendar: "
                + self.year_links(here, md_meetings_year, list(by_year)),
                "",
                f"## {newest}",
                "",
                *self.calendar(here, by_year[newest]),
            ]
        return Page(
            here, {"kind": "meetings", "id": "meetings", "title": "Meetings"}, "\n".join(lines)
        )

    def meetings_year_pages(self) -> Iterator[Page]:
        """One calendar page per year (`/meetings/2024/`), with the years either side."""
        by_year = self.meetings_by_year()
        years = sorted(by_year)
        for k, year in enumerate(years):
            here = md_meetings_year(year)
            around = [self.link(here, "meetings/index.md", "Meetings by year")]
            if k > 0:
                around.append("earlier: " + self.link(
                    here, md_meetings_year(years[k - 1]),
                    str(years[k - 1])))  # fmt: skip
            if k + 1 < len(years):
                around.append("later: " + self.link(
                    here, md_meetings_year(years[k + 1]),
                    str(years[k + 1])))  # fmt: skip
            lines = [f"# Meetings in {year}", "", " · ".join(around), ""]
            lines += self.calendar(here, by_year[year])
            meta = {
                "kind": "meetings-year",
                "id": f"meetings-{year}",
                "title": f"Meetings in {year}",
                "meetings": sorted(
                    m.id for ms in by_year[year].values() for bodies in ms.values() for m in bodies
                ),
            }
            yield Page(here, meta, "\n".join(lines))

    def meetings_by_year(self) -> dict[int, dict[int, dict[str, list[Meeting]]]]:
        by_year: dict[int, dict[int, dict[str, list[Meeting]]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(list))
        )
        for meeting in self._meetings_sorted(reverse=False):
            by_year[meeting.date.year][meeting.date.month][meeting.body].append(meeting)
        return by_year

    def calendar(self, here: str, year: dict[int, dict[str, list[Meeting]]]) -> list[str]:
        """A year's calendar: one row per month with meetings, one column per body."""
        bodies = sorted(self.archive.bodies.values(), key=lambda b: b.name)
        columns = [b for b in bodies if any(b.id in m for m in year.values())]
        some = next(m for ms in year.values() for bodies_ in ms.values() for m in bodies_)
        lines = [
            "| Month | " + " | ".join(_text(b.name) for b in columns) + " |",
            "|---|" + "---|" * len(columns),
        ]
        for month in sorted(year):
            cells = [
                ", ".join(
                    self.link(here, md_meeting(m.id), f"{m.date:%-d %B}")
                    for m in year[month].get(b.id, [])
                )
                for b in columns
            ]
            lines.append(f"| {dt.date(some.date.year, month, 1):%B} | " + " | ".join(cells) + " |")
        return [*lines, ""]

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
        lines += self.decided(meeting)
        lines += self.contents(meeting)
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
                    official=meeting.official_url,
                ),
                self.settings,
            ),
        ]
        lines += ["", "## Papers", ""]
        for doc_id in meeting.documents:
            document = a.documents[doc_id]
            if document.parent:
                continue  # listed under its report
            lines.append(
                f"- {KIND_LABELS[document.kind]}: "
                f"{self.link(here, md_document(a, document), document.title)}"
            )
            for appendix_id in document.appendices:
                appendix = a.documents[appendix_id]
                lines.append(f"    - {self.link(here, md_document(a, appendix), appendix.title)}")
        if meeting.agenda:
            agenda = a.documents[meeting.agenda]
            span = (agenda.part.first_line, agenda.part.last_line)
            lines += [
                "",
                "## Agenda {#agenda}",
                "",
                self.published_in(here, agenda, span),
                "",
                self.agenda_text(meeting, here),
            ]
        if meeting.minutes_document:
            lines += ["", "## Minutes {#minutes}", ""]
            minutes_doc = a.documents[meeting.minutes_document]
            span = (minutes_doc.part.first_line, minutes_doc.part.last_line)
            lines.append(self.published_in(here, minutes_doc, span))
            cites_items = any(
                r.kind is ReferenceKind.ITEM
                for refs in self.references.get(minutes_doc.id, {}).values()
                for r in refs
            )
            if meeting.agenda is None and cites_items:
                lines += [
                    "",
                    "*The agenda of this meeting is not in this archive: the item numbers "
                    "the minutes cite are shown as printed, without links"
                    + (
                        f" (its official record: {page})"
                        if (page := self.official_page(meeting))
                        else ""
                    )
                    + ".*",
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

    def published_in(self, here: str, document: Document, span: tuple[int, int]) -> str:
        """The line above an agenda or minutes: who published it (and the original), and
        the source file and lines it is read from. Its class keeps it out of search
        (engine/search_index.py), like the summary card's facts."""
        source = self.source_link(here, document, span)
        by = self.published_by(document)
        line = f"*{by}. Read from {source}.*" if by else f"*Published in {source}.*"
        return line + "\n{: .mb-provenance }"

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
            noun = f"{resolved} resolution{'s' if resolved != 1 else ''} in the minutes"
            decided = [f"[{noun}](#decided)" if resolved else noun]
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
            rows.append(
                f"- **Decisions:** {self.not_here(meeting, 'the minutes of this meeting are')}"
            )
        official = self.official_page(meeting)
        if official:
            rows.append(f"- **Official record:** {official}")
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
        pieces: dict[tuple[int, int], str] = {}
        split = shared_lines(document.part.blocks)
        for item in meeting.items:
            anchor = fragment(meeting.id, item.id)
            links = [
                self.link(here, md_document(a, a.documents[d]), a.documents[d].title)
                for d in item.documents
                if not a.documents[d].parent  # appendices are listed on their report's page
            ]
            if item.minute:
                number = minute_number(meeting, item.minute)
                links.append(f"[Minute {_text(number)}](#{fragment(meeting.id, item.minute)})")
            if item.facts.pages:
                links.insert(0, f"Pages {_text(item.facts.pages)}")
            title = link_phrases(_text(item.title), references.get(item.facts.line, ()))
            # a heading, not a paragraph: search results (and the page's table of contents)
            # can then point at the item a passage belongs to; the heading has its own
            # permalink (the toc extension's)
            code = f"{search_weight_of_text(_text(item.code))} " if item.code else ""
            heading = f"### {code}{title} {{ #{anchor} .mb-item }}"
            shown = headed(heading, self.item_cite(meeting, item, document), self.settings) + (
                f"\n\n{'; '.join(links)}" if links else ""
            )
            # items of a page flattened onto one line share it: each keeps its heading,
            # at its own piece of the line when the blocks found it
            line = item.facts.line
            if line in split:
                pieces[(line, len([key for key in pieces if key[0] == line]))] = shown
                continue
            earlier = replacements.get(line)
            replacements[line] = f"{earlier}\n\n{shown}" if earlier else shown
        # the membership list: a table with a header row, each member linked to their page,
        # standing where the agenda lists its first member (each record keeps its line)
        members = meeting.membership
        item_lines = {item.facts.line for item in meeting.items}
        if members:
            rows = ["| Member | Represents |", "|---|---|"]
            for member in members:
                org = self.represents(here, member)
                rows.append(
                    f"| {self.link(here, md_person(member.person), member.as_written)} | {org} |"
                )
                if member.line not in item_lines:
                    replacements[member.line] = ""
            # a front sheet flattened onto one line: the table goes after the line's items
            earlier = replacements.get(members[0].line)
            table_rows = "\n".join(rows)
            replacements[members[0].line] = f"{earlier}\n\n{table_rows}" if earlier else table_rows
        return render_blocks(
            document.part.blocks,
            Dressing(replacements=replacements, links=references, pieces=pieces),
        )

    def decided(self, meeting: Meeting) -> list[str]:
        """What a resident comes for, right under the summary: each resolution and each
        Commissioner's decision noted, as printed, linked to the minute that records it (one
        printed before any minute heading comes first, cited by the minutes' line)."""
        rows = [
            f"- {_text(text)} (minutes, line {line})" for text, line in meeting.opening_resolutions
        ]
        rows += [
            f"- [{_text(minute_label(m))}](#{fragment(meeting.id, m.id)}): {_text(decision)}"
            for m in meeting.minutes
            if m.facts.resolution
            for decision in [m.facts.resolution, *(t for t, _ in m.facts.further_resolutions)]
        ]
        rows += [
            f"- [Decision {_text(d.reference)}](#{decision_anchor(d.reference)})"
            + (f": {_text(d.title)}" if d.title else "")
            for d in meeting.decisions
        ]
        if not rows:
            return []
        return ["", "## Decided at this meeting {#decided}", "", *rows]

    def contents(self, meeting: Meeting) -> list[str]:
        """The minutes (else the agenda items) of the meeting, each linked: on a long page,
        a way to the part a reader wants without scrolling through the rest."""
        if meeting.minutes:
            rows = [
                f"- [{_text(minute_label(m))}](#{fragment(meeting.id, m.id)})"
                for m in meeting.minutes
            ]
            return ["", "## In the minutes {#in-the-minutes}", "", *rows]
        if meeting.items:
            rows = [f"- [{_text(i.label)}](#{fragment(meeting.id, i.id)})" for i in meeting.items]
            return ["", "## On the agenda {#on-the-agenda}", "", *rows]
        return []

    def decisions_and_actions(self, meeting: Meeting) -> list[str]:
        """The Commissioner's decisions noted, and actions agreed, each with its anchor."""
        lines: list[str] = []
        if meeting.decisions:
            lines += ["", "## Decisions noted {#decisions}", ""]
            for decision in meeting.decisions:
                number = decision.facts.minute_number or ""
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
            # consecutive attendees under one heading ("Kent Police:") stay together
            groups: list[tuple[str | None, list[str]]] = []
            for entry in entries:
                if not groups or groups[-1][0] != entry.group:
                    groups.append((entry.group, []))
                name = self.link(here, md_person(entry.person), entry.as_written)
                if entry.capacity:
                    name = f"{name} ({_text(entry.capacity)})"
                if entry.reason:
                    name = f"{name} ({_text(entry.reason)})"
                if entry.timing:  # "(from item 5)": when they came or went
                    name = f"{name} ({_text(entry.timing)})"
                if entry.minute:
                    number = minute_number(meeting, entry.minute)
                    name += f", for [minute {_text(number)}](#{fragment(meeting.id, entry.minute)})"
                groups[-1][1].append(name)
            listed = [
                (f"{_text(group)}: " if group else "") + ", ".join(names) for group, names in groups
            ]  # "Kent Police: Tim Smith (...), Ian Drysdale (...)", as the notes group them
            lines.append(f"**{ROLE_LABELS[role]}:** " + "; ".join(listed))
            lines.append("")
        return "\n".join(lines)

    def minutes_text(self, meeting: Meeting, document: Document, here: str) -> str:
        references = self.links(document.id, here)
        replacements: dict[int, str] = {}
        pieces: dict[tuple[int, int], str] = {}
        split = shared_lines(document.part.blocks)
        anchors: dict[int, str] = {}
        printed = range(document.part.first_line, document.part.last_line + 1)
        # each minute in a block of its own, from its heading to the next minute's: its
        # heading stays in view while the minute is read (minutebook.css)
        sections = sorted(m.facts.line for m in meeting.minutes if m.facts.line in printed)
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
            number = (
                search_weight_of_text(f"{_text(facts.number)}.") + " " if facts.numbered else ""
            )
            heading = (
                f"### {number}{title}{search_weight_of_text(cite) if cite else ''} {{#{anchor}}}"
            )
            own = headed(heading, self.minute_cite(meeting, minute, document, code), self.settings)
            # minutes of a page flattened onto one line share it: each keeps its heading,
            # at its own piece of the line when the blocks found it
            share = len([key for key in pieces if key[0] == facts.line])
            earlier = replacements.get(facts.line)
            if facts.line in printed:
                first = facts.line == sections[0] and not earlier and not share
                closing = "" if first else "</div>\n\n"
                own = f'{closing}<div class="mb-minute" markdown>\n\n{own}'
            if facts.line in split:
                pieces[(facts.line, share)] = own
            else:
                replacements[facts.line] = f"{earlier}\n\n{own}" if earlier else own
            for paragraph in [*facts.paragraphs, *facts.subparagraphs]:
                if paragraph.key:
                    anchors[paragraph.line] = f"{anchor}-{paragraph.key}"
        for question in meeting.questions:
            # a question that opens no numbered paragraph of its own gets an id of its own
            # ("question-2"), so each question can be linked and cited like its answer
            if question.facts.line not in anchors:
                anchors[question.facts.line] = question_anchor(meeting, question)
        # a question put to the Commissioner, shown apart from the answer that follows
        questions = {q.facts.line: "mb-question" for q in meeting.questions}
        shown = {
            m.facts.line: code
            for m in meeting.minutes
            if (code := self.shown_item_code(meeting, m))
        }
        text = render_blocks(
            document.part.blocks,
            Dressing(
                anchors=anchors,
                replacements=replacements,
                links=references,
                classes=questions,
                shown_codes=shown,
                fold_attendance=bool(meeting.attendance),
                pieces=pieces,
            ),
        )
        return text + "\n</div>\n" if sections else text

    def shown_item_code(self, meeting: Meeting, minute: Minute) -> str | None:
        """The item code a minute's heading shows: its agenda item's, else as printed."""
        if minute.item:
            return next(i.code for i in meeting.items if i.id == minute.item)
        return minute.facts.item_code

    def item_cite(self, meeting: Meeting, item: AgendaItem, agenda: Document) -> Citation:
        anchor = fragment(meeting.id, item.id)
        body = self.archive.bodies[meeting.body].name
        return record_citation(
            anchor=f"cite-{anchor}",
            label=f"item {item.code}",
            record_title=item.title,
            body=body,
            date=meeting.date,
            container=f"agenda of {_date(meeting.date)}",
            source=f"{agenda.source_file}, line {item.facts.line}",
            url=self.url(md_on_meeting(meeting.id, item.id)),
            publisher=self.sources[agenda.source_file].publisher,
            original=self.sources[agenda.source_file].published_url,
            source_url=self.url(md_source_page(self.sources[agenda.source_file], item.facts.line)),
        )

    def minute_cite(
        self, meeting: Meeting, minute: Minute, document: Document, code: str | None
    ) -> Citation:
        anchor = fragment(meeting.id, minute.id)
        return record_citation(
            anchor=f"cite-{anchor}",
            label=f"minute {minute.facts.number}",
            record_title=minute.facts.title,
            body=self.archive.bodies[meeting.body].name,
            date=meeting.date,
            container=f"minutes of {_date(meeting.date)}",
            source=(f"{document.source_file}, lines {minute.facts.line}–{minute.facts.end_line}"),
            url=self.url(md_on_meeting(meeting.id, minute.id)),
            section=f"item {code}" if code else None,
            publisher=self.sources[document.source_file].publisher,
            original=self.sources[document.source_file].published_url,
            source_url=self.url(
                md_source_page(
                    self.sources[document.source_file],
                    minute.facts.line,
                    minute.facts.end_line,
                )
            ),
        )


def minute_label(minute: Minute) -> str:
    """ "118. Apologies and Substitutes": a minute as its heading prints it."""
    return f"{minute.facts.number}. {minute.facts.title}".strip()


def minute_number(meeting: Meeting, minute_id: str) -> str:
    """The number a minute of the meeting is printed with."""
    return next(m.facts.number for m in meeting.minutes if m.id == minute_id)
