"""Organisation and body pages and their indexes."""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import (
    Meeting,
    Membership,
)
from .following import follow_section
from .page_base import KIND_LABELS, Page, WriterBase, _date, _text, search_entry
from .urls import (
    locate,
    md_body,
    md_meeting,
    md_on_meeting,
    md_organisation,
    md_person,
)


class OrganisationPages(WriterBase):
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
