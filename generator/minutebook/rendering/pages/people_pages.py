"""Person pages, alias pages and the people index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial

from ...model import (
    Meeting,
    Membership,
    Mention,
)
from ..data.followed import person_entries
from ..urls import (
    md_body,
    md_meeting,
    md_on_meeting,
    md_person,
    md_year,
    person_feed_path,
    question_anchor,
)
from .attendance import AttendanceRecords
from .charts import attendance_svg
from .following import latest_section
from .page_base import KIND_LABELS, Page, _date, _text, _year_label, search_entry


@dataclass
class PersonYear:
    """What the papers of one year record about a person."""

    attendance: list[tuple[Meeting, str, str]] = field(default_factory=list)
    memberships: list[tuple[Meeting, Membership]] = field(default_factory=list)
    questions: list[tuple[Meeting, str, str]] = field(default_factory=list)
    declarations: list[tuple[Meeting, str, str]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.attendance or self.memberships or self.questions
                    or self.declarations or self.mentions)  # fmt: skip


class PeoplePages(AttendanceRecords):
    """Each person's page (roles, attendance with its chart, questions, declarations,
    mentions), their alias pages, and the index of people."""

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

    def attendance_chart(self, person_id: str) -> tuple[str, str] | None:
        """The person's attendance chart: (path in the pages folder, SVG), if any."""
        record = self.attendance_record(person_id)
        if not record:
            return None
        rows = [
            (self.archive.bodies[body].name,
             [(self.meeting_title(m), status, m.date.year) for m, status, _ in entries])
            for body, entries in sorted(record.items())
        ]  # fmt: skip
        name = self.archive.people[person_id].name
        return f"people/{person_id}/attendance.svg", attendance_svg(
            f"Attendance of {name} at meetings in this archive", rows
        )

    def person_page(self, person_id: str) -> Page:
        """The person's own page: who they are, their roles and attendance rates, and
        links to one page per year for everything dated (see `person_year_pages`)."""
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
                    # no "year": a person or body spans years, and a filter value a
                    # year would make the page grow with the archive
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
        lines += self.attendance_summary(person_id, here)
        entries = person_entries(self, person_id)
        if entries:
            feed = person_feed_path(person_id)
            lines += latest_section(here, entries, feed, f"{person.name}: Atom feed", self.link)
        years = self.person_years(person_id)
        if years:
            lines += [
                "## Year by year {#years}",
                "",
                "Attendance meeting by meeting, membership, questions, declarations and every "
                "place the text names them, one page a year: "
                + self.year_links(here, partial(md_year, here), list(years)),
                "",
            ]
        if person.evidence:
            lines += ["## Why these spellings are one person", ""]
            lines += [f"- {_text(e)}" for e in person.evidence]
        return Page(here, meta, "\n".join(lines))

    def person_years(self, person_id: str) -> dict[int | None, PersonYear]:
        """Everything dated about a person, by year (None: papers with no date)."""
        years: dict[int | None, PersonYear] = defaultdict(PersonYear)
        for entries in self.attendance_record(person_id).values():
            for meeting, status, capacity in entries:
                years[meeting.date.year].attendance.append((meeting, status, capacity))
        for m in self.meetings_of_person.get(person_id, []):
            year = years[m.date.year]
            year.memberships += [(m, y) for y in m.membership if y.person == person_id]
            year.questions += [
                (m, question_anchor(m, q), q.text) for q in m.questions if q.asker == person_id
            ]
            year.declarations += [
                (m, d.minute, d.text) for d in m.declarations if d.person == person_id
            ]
        for mention in self.mentions_of.get(person_id, []):
            years[self.year_of_document(mention.document)].mentions.append(mention)
        return {y: v for y, v in years.items() if not v.empty()}

    def person_year_pages(self, person_id: str) -> Iterator[Page]:
        """One page per year of a person's record: the attendance table, membership,
        questions, declarations and mentions of that year. A year's page only changes when
        a paper of that year is added, and its URL never does."""
        a = self.archive
        person = a.people[person_id]
        years = self.person_years(person_id)
        ordered = sorted(years, key=lambda y: (y is None, y or 0))
        for k, year in enumerate(ordered):
            record = years[year]
            here = md_year(md_person(person_id), year)
            label = _year_label(year)
            meetings = sorted({m.id for m, _, _ in record.attendance}
                              | {m.id for m, _ in record.memberships}
                              | {a.documents[x.document].meeting or "" for x in record.mentions}
                              - {""})  # fmt: skip
            meta = {
                "kind": "person-year",
                "id": f"{person_id}-{year if year is not None else 'undated'}",
                "title": f"{person.name}: {label}",
                "people": [person_id],
                "meetings": meetings,
                "documents": sorted({x.document for x in record.mentions}),
            }
            lines = [f"# {_text(person.name)}: {label}", ""]
            lines += [self.around(here, md_person(person_id), person.name, ordered, k), ""]
            lines += self.attendance_table(record.attendance, here)
            if record.memberships:
                lines += ["## Membership", ""]
                for m, y in record.memberships:
                    org = self.represents(here, y)
                    lines.append(
                        f"- {self.link(here, md_body(m.body), a.bodies[m.body].name)}, "
                        f"{org} (agenda of "
                        f"{self.link(here, md_meeting(m.id) + '#agenda', _date(m.date))})"
                    )
                lines.append("")
            lines += self.minute_list(here, "Questions asked", record.questions)
            lines += self.minute_list(here, "Declarations of interest", record.declarations)
            lines += self.mentions_section(record.mentions, here)
            yield Page(here, meta, "\n".join(lines))

    def roles(self, person_id: str, here: str) -> list[str]:
        """Capacities they attended in and what they represented: how many meetings, the
        first and the last (the year pages have each one)."""
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
            lines.append(
                f"- {_text(role)}, {_text(self.archive.bodies[body].name)}: "
                f"{self.span(here, meetings)}"
            )
        return [*lines, ""]

    def attendance_summary(self, person_id: str, here: str) -> list[str]:
        """Attendance rates per body and the chart of every meeting; the meeting-by-meeting
        table is on the year pages."""
        record = self.attendance_record(person_id)
        if not record:
            return []
        lines = ["## Attendance", ""]
        for body, entries in sorted(record.items()):
            lines += [f"At meetings in this archive: {self.attendance_rate(body, entries)}.", ""]
        lines += [
            "Expected: every meeting of a body with minutes here from the first to the last "
            "date the papers show them as a member; not being recorded as present counts as "
            "absent.",
            "",
        ]
        name = self.archive.people[person_id].name
        lines += [
            f"![Attendance chart of {_text(name)}: one square per meeting, the same as the "
            f"tables on the year pages]({person_id}/attendance.svg)",
            "",
        ]
        return lines

    def attendance_table(self, entries: list[tuple[Meeting, str, str]], here: str) -> list[str]:
        """One row per meeting: present, substitute, apologies or not recorded."""
        if not entries:
            return []
        words = {"present": "Present", "substitute": "Present as a substitute",
                 "apologies": "Apologies",
                 "absent": "Absent (not recorded as present)"}  # fmt: skip
        lines = ["## Attendance", "", "| Meeting | Attendance | Capacity |", "|---|---|---|"]
        for meeting, status, capacity in sorted(
            entries, key=lambda e: (self.archive.bodies[e[0].body].name, e[0].date, e[0].id)
        ):
            link = self.link(here, md_meeting(meeting.id) + "#minutes",
                             self.meeting_title(meeting))  # fmt: skip
            lines.append(f"| {link} | {words[status]} | {_text(capacity)} |")
        return [*lines, ""]

    def mentions_section(self, mentions: list[Mention], here: str) -> list[str]:
        """Every place the text names them, linked to the paragraph; role words ("the
        Commissioner") grouped by meeting."""
        by_name: dict[str, tuple[str, list[str]]] = {}
        by_role: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        for mention in mentions:
            where, label = self.where(mention.document, mention.line)
            if mention.role is None:
                said = by_name.setdefault(where, (label, []))[1]
                if mention.as_written not in said:
                    said.append(mention.as_written)
                continue
            at = self.locate(mention.document, mention.line)
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
