"""Organisation and body pages and their indexes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial

from ...model import (
    Meeting,
    Membership,
    OrganisationMention,
    Question,
)
from ..urls import (
    md_body,
    md_meeting,
    md_on_meeting,
    md_organisation,
    md_person,
    md_year,
    question_anchor,
)
from .attendance import AttendanceRecords
from .following import follow_section
from .page_base import KIND_LABELS, Page, _date, _text, _year_label, search_entry


@dataclass
class OrganisationYear:
    """What the papers of one year record about an organisation."""

    members: dict[str, list[Meeting]] = field(default_factory=lambda: defaultdict(list))
    questions: list[tuple[Meeting, Question]] = field(default_factory=list)
    attending: dict[str, list[tuple[Meeting, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    mentions: list[OrganisationMention] = field(default_factory=list)


class OrganisationPages(AttendanceRecords):
    """Organisation and body pages, and their indexes."""

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
        """The organisation's own page: its members and the people attending for it, each
        with how often and when, and links to one page per year for the details."""
        here = md_organisation(org_id)
        a = self.archive
        org = a.organisations[org_id]
        members = self.organisation_members(org_id)
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
                lines.append(
                    f"- {self.link(here, md_person(person_id), a.people[person_id].name)}: "
                    f"listed on the agenda of {self.span(here, members[person_id], '#agenda')}"
                    + self.rates_of(person_id, {m.body for m in members[person_id]})
                )
            lines.append("")
        attending = self.attending_for(org_id)
        if attending:
            lines += ["## People attending for it", ""]
            for person_id in sorted(attending, key=lambda p: a.people[p].name):
                seen = attending[person_id]
                capacities = "; ".join(_text(c) for c in dict.fromkeys(c for _, c in seen))
                lines.append(
                    f"- {self.link(here, md_person(person_id), a.people[person_id].name)}, "
                    f"{capacities}: {self.span(here, [m for m, _ in seen])}"
                )
            lines.append("")
        named = self.organisation_mentions_of.get(org_id, [])
        if named:
            papers = len({x.document for x in named})
            lines += [
                f"Named {len(named)} time{'s' if len(named) != 1 else ''} in the text of "
                f"{papers} paper{'s' if papers != 1 else ''}.",
                "",
            ]
        years = list(self.organisation_by_year(org_id))
        if years:
            lines += [
                "## Year by year {#years}",
                "",
                "Its members' questions, who attended for it at each meeting, and every place "
                "the text names it, one page a year: "
                + self.year_links(here, partial(md_year, here), years),
                "",
            ]
        return Page(here, meta, "\n".join(lines))

    def organisation_by_year(self, org_id: str) -> dict[int | None, OrganisationYear]:
        """Everything dated about the organisation, grouped by year in one pass (None:
        undated papers), oldest first."""
        years: dict[int | None, OrganisationYear] = defaultdict(OrganisationYear)
        for person_id, meetings in self.organisation_members(org_id).items():
            for m in meetings:
                years[m.date.year].members[person_id].append(m)
        for m, q in self.organisation_questions(org_id):
            years[m.date.year].questions.append((m, q))
        for person_id, seen in self.attending_for(org_id).items():
            for m, capacity in seen:
                years[m.date.year].attending[person_id].append((m, capacity))
        for mention in self.organisation_mentions_of.get(org_id, []):
            years[self.year_of_document(mention.document)].mentions.append(mention)
        return dict(sorted(years.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))

    def organisation_year_pages(self, org_id: str) -> Iterator[Page]:
        """One page per year: members listed, their questions, people attending for it and
        the mentions in that year's papers."""
        a = self.archive
        org = a.organisations[org_id]
        by_year = self.organisation_by_year(org_id)
        years = list(by_year)
        for k, year in enumerate(years):
            here = md_year(md_organisation(org_id), year)
            label = _year_label(year)
            record = by_year[year]
            members = record.members
            meta = {
                "kind": "organisation-year",
                "id": f"{org_id}-{year if year is not None else 'undated'}",
                "title": f"{org.name}: {label}",
                "people": sorted(members),
            }
            lines = [f"# {_text(org.name)}: {label}", ""]
            lines += [self.around(here, md_organisation(org_id), org.name, years, k), ""]
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
            questions = record.questions
            if questions:
                lines += ["## Questions asked by its members", ""]
                for m, q in questions:
                    who = (
                        self.link(here, md_person(q.asker), a.people[q.asker].name)
                        if q.asker
                        else _text(q.facts.asker_as_written)
                    )
                    where = self.link(
                        here, md_on_meeting(m.id, question_anchor(m, q)), self.meeting_title(m)
                    )
                    lines.append(f"- {who}, {where}: {_text(q.text)}")
                lines.append("")
            attending = record.attending
            if attending:
                lines += ["## People attending for it", ""]
                for person_id in sorted(attending, key=lambda p: a.people[p].name):
                    at = ", ".join(
                        f"{_text(capacity)} ({self.link(here, md_meeting(m.id), _date(m.date))})"
                        for m, capacity in attending[person_id]
                    )
                    lines.append(
                        f"- {self.link(here, md_person(person_id), a.people[person_id].name)}: {at}"
                    )
                lines.append("")
            lines += self.organisation_mentions_section(record.mentions, here)
            yield Page(here, meta, "\n".join(lines))

    def organisation_members(self, org_id: str) -> dict[str, list[Meeting]]:
        """Members listed as representing it, with the agendas listing them."""
        members: dict[str, list[Meeting]] = defaultdict(list)
        for m in self.meetings_of_organisation.get(org_id, []):
            for x in m.membership:
                if x.organisation == org_id:
                    members[x.person].append(m)
        return members

    def organisation_questions(self, org_id: str) -> list[tuple[Meeting, Question]]:
        return [
            (m, q)
            for m in self.meetings_of_organisation.get(org_id, [])
            for q in m.questions
            if q.organisation == org_id
        ]

    def attending_for(self, org_id: str) -> dict[str, list[tuple[Meeting, str]]]:
        """People whose capacity at a meeting, or the heading they are listed under, names
        the organisation ("Head of Policy Coordination & Research, OPCC"; "Kent Police:"
        over a board's attendees; "Chief Constable" is not enough: it must be named), with
        the meetings and what says so."""
        seen: dict[str, list[tuple[Meeting, str]]] = defaultdict(list)
        for meeting in self._meetings_sorted(reverse=False):
            for x in meeting.attendance:
                if org_id in x.organisations:
                    under = f"listed under {x.group}" if x.group else None
                    said = ", ".join(t for t in (x.capacity, under) if t)
                    seen[x.person].append((meeting, said))
        return seen

    def organisation_mentions_section(
        self, mentions: list[OrganisationMention], here: str
    ) -> list[str]:
        """Where the text of that year's papers names the organisation: each page once,
        with how many times and links to the minutes or paragraphs."""
        by_page: dict[str, tuple[str, dict[str, str]]] = {}
        counts: dict[str, int] = defaultdict(int)
        for mention in mentions:
            at = self.locate(mention.document, mention.line)
            page = at.md.partition("#")[0]
            title = self.meeting_title(at.meeting) if at.meeting else at.document.title
            entry = by_page.setdefault(page, (f"{KIND_LABELS[at.document.kind]}: {title}", {}))
            if at.minute:
                place = f"minute {at.minute.facts.number}"
                entry[1].setdefault(at.md, place + (f" ¶{at.paragraph}" if at.paragraph else ""))
            elif at.item:
                entry[1].setdefault(at.md, f"item {at.item.code}" if at.item.code else "agenda")
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
        """The body's page: its latest year's meetings, links to every year, and its
        members with when the agendas list them."""
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
                    # no "year": a person or body spans years, and a filter value a
                    # year would make the page grow with the archive
                    "kind": ["Body"],
                },
            ),
        }
        lines = [f"# {_text(body.name)}", ""]
        if body.official_url is not None:  # where its meetings and papers are published
            at = f" at {_text(body.publisher)}" if body.publisher else ""
            lines += [f"*Official record: [its page{at}]({body.official_url}).*", ""]
        if meetings:
            newest = meetings[0].date.year
            years = sorted({m.date.year for m in meetings})
            lines += [
                f"## Meetings in {newest}",
                "",
                *self.body_meetings([m for m in meetings if m.date.year == newest], here),
                "",
                "Every year's meetings and members: "
                + self.year_links(here, partial(md_year, here), list(years)),
            ]
        lines += self.current_members(meetings, here)
        lines += self.body_members(meetings, here, summary=True)
        lines += ["", *follow_section(self.archive, here, [body_id], self.link)]
        return Page(here, meta, "\n".join(lines))

    def body_year_pages(self, body_id: str) -> Iterator[Page]:
        """One page per year: the meetings with their chairs, and the members the year's
        agendas list."""
        body = self.archive.bodies[body_id]
        meetings = [m for m in self._meetings_sorted() if m.body == body_id]
        years: list[int | None] = [*sorted({m.date.year for m in meetings})]
        for k, year in enumerate(years):
            here = md_year(md_body(body_id), year)
            those = [m for m in meetings if m.date.year == year]
            meta = {
                "kind": "body-year",
                "id": f"{body_id}-{year}",
                "title": f"{body.name}: {year}",
                "body": body_id,
                "meetings": [m.id for m in those],
            }
            lines = [f"# {_text(body.name)}: {year}", ""]
            lines += [self.around(here, md_body(body_id), body.name, years, k), ""]
            lines += ["## Meetings", "", *self.body_meetings(those, here)]
            lines += self.body_members(those, here, summary=False)
            yield Page(here, meta, "\n".join(lines))

    def body_meetings(self, meetings: list[Meeting], here: str) -> list[str]:
        """One line per meeting, with who chaired it."""
        lines = []
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
        return lines

    def rates_of(self, person_id: str, bodies: set[str]) -> str:
        """'; present at 3 of 5 meetings of the X between A and B (60%)' for each of the
        bodies, or "" when no minutes of theirs are in the archive."""
        record = self.attendance_record(person_id)
        rates = [self.attendance_rate(b, record[b]) for b in sorted(bodies) if b in record]
        return "".join(f"; {rate}" for rate in rates)

    def current_members(self, meetings: list[Meeting], here: str) -> list[str]:
        """The members the newest agenda with a membership list names, grouped by what
        they represent, each with their attendance at the body's meetings."""
        latest = next((m for m in meetings if m.membership), None)  # newest first
        if latest is None:
            return []
        people = self.archive.people
        grouped: dict[str, list[Membership]] = defaultdict(list)
        for member in latest.membership:
            grouped[member.represents].append(member)
        lines = [
            "",
            "## Current members {#current-members}",
            "",
            f"As listed on the agenda of "
            f"{self.link(here, md_meeting(latest.id) + '#agenda', _date(latest.date))}, "
            "with their attendance at the meetings whose minutes are in this archive.",
        ]
        for represents in sorted(grouped, key=str.lower):
            lines += ["", f"**{self.represents(here, grouped[represents][0])}**", ""]
            for member in sorted(grouped[represents], key=lambda x: people[x.person].name):
                name = self.link(here, md_person(member.person), people[member.person].name)
                rate = self.rates_of(member.person, {latest.body}).removeprefix("; ")
                lines.append(f"- {name}: {rate}" if rate else f"- {name}")
        return lines

    def body_members(self, meetings: list[Meeting], here: str, summary: bool) -> list[str]:
        """Membership as of each meeting whose agenda lists it: each member, what they
        represent, and the agendas that list them (on the body's own page, how many and
        the first and last, so it does not grow with the archive)."""
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
            if summary:
                dates = self.span(here, listed[key], "#agenda")
            else:
                dates = ", ".join(
                    self.link(here, md_meeting(m.id) + "#agenda", _date(m.date))
                    for m in listed[key]
                )
            lines.append(f"| {person} | {self.represents(here, membership[key])} | {dates} |")
        return lines
