"""Resolving, second half: links across the archive once every meeting is settled.

Minutes are linked to the agenda items they record, reports to the items they were filed
under (by page order, else by subject), and printed names and organisations to people and
organisation records.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..model import (
    AgendaItem,
    Document,
    DocumentKind,
    Meeting,
    Organisation,
    Person,
)
from ..slugs import slug
from .meetings import MeetingResolver
from .mentions import mention_sightings, name_sightings, name_spellings, resolve_mentions
from .people import resolve_people

#: How alike a report's subject and an agenda item's title must be (rapidfuzz, 0-100).
REPORT_TO_ITEM_THRESHOLD = 70
ORGANISATION_WORDS = re.compile(r"\b(Council|Police|Commissioner|Service|Authority|Inspectorate)\b")


class Resolver(MeetingResolver):
    """Meetings settled, then linked: the whole resolving stage over one archive."""

    # -- links ---------------------------------------------------------------------------
    def link(self) -> None:
        meetings = self.archive.meetings
        for meeting in meetings.values():
            by_code = {item.code.upper(): item for item in meeting.items}
            for minute in meeting.minutes:
                item = item_cited(by_code, minute.facts.item_code)
                if item is not None and item.minute is None:
                    item.minute = minute.id
                    minute.item = item.id
        for document in self.archive.documents.values():
            item = self.item_for(document) if document.parent is None else None
            if item is not None:
                self.file_under(document, item)
        for meeting in meetings.values():
            self.pair_by_page_order(meeting)
        items = {item.id: item for meeting in meetings.values() for item in meeting.items}
        for document in self.archive.documents.values():
            parent = self.archive.documents[document.parent] if document.parent else None
            if parent is not None and parent.agenda_item is not None:
                self.file_under(document, items[parent.agenda_item])  # filed with its report

    def file_under(self, document: Document, item: AgendaItem) -> None:
        document.agenda_item = item.id
        item.documents.append(document.id)
        item.documents.sort()

    def pair_by_page_order(self, meeting: Meeting) -> None:
        """Reports whose subject matches no item title ("Appointment of Chief Constable"
        under "A1 Chief Constable Confirmation Hearing"): when the pack's unmatched reports
        and its unmatched paged items are equally many, the pack prints them in the same
        order, so pair them in order. Otherwise leave them unfiled."""
        if meeting.agenda is None:
            return
        pack = self.archive.documents[meeting.agenda].source_file
        reports = sorted(
            (d for d in self.archive.documents.values()
             if d.meeting == meeting.id and d.source_file == pack
             and d.kind is DocumentKind.REPORT and d.agenda_item is None),
            key=lambda d: d.part.first_line,
        )  # fmt: skip
        items = [
            i for i in meeting.items
            if i.facts.pages and not i.documents and i.facts.minutes_of is None
            and "work programme" not in i.title.lower()
        ]  # fmt: skip
        if reports and len(reports) == len(items):
            for document, item in zip(reports, items, strict=True):
                self.file_under(document, item)

    def item_for(self, document: Document) -> AgendaItem | None:
        if document.kind is DocumentKind.MINUTES and document.date:
            # "Minutes of the ... held on 10 October 2024", on any meeting's agenda
            for meeting in sorted(self.archive.meetings.values(), key=lambda m: m.id):
                for item in meeting.items:
                    if item.facts.minutes_of == document.date:
                        return item
            return None
        if document.meeting is None or document.kind is DocumentKind.AGENDA:
            return None
        items = self.archive.meetings[document.meeting].items
        if document.kind is DocumentKind.WORK_PROGRAMME:
            return next((i for i in items if "work programme" in i.title.lower()), None)
        scored = sorted(
            (
                (fuzz.token_set_ratio(document.title.lower(), i.title.lower()), i.id, i)
                for i in items
            ),
            key=lambda t: (-t[0], t[1]),
        )
        if scored and scored[0][0] >= REPORT_TO_ITEM_THRESHOLD:
            return scored[0][2]
        return None

    # -- people and organisations --------------------------------------------------------
    def organisation_for(self, name: str | None) -> Organisation | None:
        if not name:
            return None
        name = re.sub(r"^Co-opted member\s*[-–]\s*", "", name).strip()
        if not ORGANISATION_WORDS.search(name):
            return None
        org_id = slug(name)
        return self.archive.organisations.setdefault(org_id, Organisation(org_id, name))

    def people(self) -> None:
        sightings = name_sightings(self.archive, self.diagnostics)
        spellings = {s.spelling for s in sightings}
        named, surnames = name_spellings(self.archive)
        known = spellings | named | surnames
        for entry in self.curated.people:
            for spelling in entry.spellings:
                if spelling not in known:
                    self.diagnostics.warn(
                        "people.yaml",
                        entry.line,
                        "curated-spelling-unused",
                        f"{spelling!r} (listed for {entry.name}) appears in no document",
                    )
        index = resolve_people(
            [*sightings, *mention_sightings(self.archive, self.diagnostics)],
            attach_only=surnames - spellings,
            curated=self.curated.people,
        )
        for person_id, name in index.names.items():
            self.archive.people[person_id] = Person(
                person_id,
                name,
                index.aliases[person_id],
                index.evidence[person_id],
                index.alias_ids.get(person_id, []),
            )
        self.archive.unresolved_names = index.unresolved
        for meeting in self.archive.meetings.values():

            def who(spelling: str, meeting: Meeting = meeting) -> str | None:
                return index.person(spelling, meeting.body, meeting.date)

            for a in meeting.attendance:
                a.person = who(a.as_written) or ""
            for m in meeting.membership:
                m.person = who(m.as_written) or ""
                org = self.organisation_for(m.represents)
                m.organisation = org.id if org else None
            for q in meeting.questions:
                q.asker = who(q.facts.asker_as_written)
                org = self.organisation_for(q.facts.organisation_name)
                q.organisation = org.id if org else None
            for d in meeting.declarations:
                d.person = who(d.facts.as_written)
        resolve_mentions(self.archive, index)


#: "A2": a section letter and a number.
LETTERED_CODE = re.compile(r"^(?P<letter>[A-Z])(?P<number>\d{1,2}[a-z]?)$")


def item_cited(by_code: dict[str, AgendaItem], code: str | None) -> AgendaItem | None:
    """The agenda item a minute's "(Item A2)" records: the item printed with that code, or,
    when the agenda printed its opening items without a section letter ("2 Apologies and
    Substitutes"), the unlettered item with that number."""
    if not code:
        return None
    code = code.upper()
    if code in by_code:
        return by_code[code]
    lettered = LETTERED_CODE.match(code)
    if lettered is None:
        return None
    item = by_code.get(lettered["number"].upper())
    return item if item is not None and item.facts.section is None else None
