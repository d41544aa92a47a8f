"""Resolve the facts of every document into one archive.

Pelican's lesson: read every source first, then resolve across the whole set, then write.
Here one meeting per body and date is made from whatever papers speak of it, papers are
linked to the agenda items they were filed under, minutes to the items they record, and
printed names to people. Ids are derived from content and offered in content order, so the
same documents under any file names give the same archive.
"""

from __future__ import annotations

import hashlib
import re

from rapidfuzz import fuzz

from ..errors import Diagnostics
from ..model import (
    AgendaItem,
    Archive,
    Attendance,
    Body,
    Decision,
    Declaration,
    Document,
    DocumentKind,
    Meeting,
    MeetingFacts,
    Membership,
    Minute,
    Organisation,
    Part,
    Person,
    Question,
    Source,
    SourceDocument,
)
from ..slugs import slug, unique
from .bodies import body_meant, new_body, warn_unknown
from .claims import Claim, differences, ordered_claims
from .curated import Curated
from .mentions import mention_sightings, name_sightings, name_spellings, resolve_mentions
from .official import apply_official
from .organisations import resolve_organisations
from .people import resolve_people
from .references import resolve_references
from .topics import resolve_topics

#: How alike a report's subject and an agenda item's title must be (rapidfuzz, 0-100).
REPORT_TO_ITEM_THRESHOLD = 70
ORGANISATION_WORDS = re.compile(r"\b(Council|Police|Commissioner|Service|Authority|Inspectorate)\b")


class _Resolver:
    def __init__(self, curated: Curated, diagnostics: Diagnostics) -> None:
        self.curated = curated
        self.diagnostics = diagnostics
        self.archive = Archive()
        self._facts: dict[str, list[tuple[MeetingFacts, str]]] = {}
        self._own: dict[
            str, list[tuple[Body, str]]
        ] = {}  # file -> its agendas' and minutes' bodies

    # -- bodies and meetings -------------------------------------------------------------
    def body_for(self, name: str, file: str = "", line: int | None = None) -> Body:
        """The paper's own body when the name shortens it, else the curated body the name
        names, else a body of its own (reported once, naming the file and line)."""
        body = body_meant(name, self._own.get(file, []), self.curated)
        if body is None:
            body = new_body(name)
            if body.id not in self.archive.bodies:
                warn_unknown(body, file, line, self.diagnostics)
        return self.archive.bodies.setdefault(body.id, body)

    def known_body(self, name: str, file: str = "") -> str | None:
        """The id of the file's own body or a curated body the name means (no new body is
        made for a mention)."""
        body = body_meant(name, self._own.get(file, []), self.curated)
        return body.id if body else None

    def own_bodies(self, document: SourceDocument) -> None:
        """The bodies a file's agendas and minutes name: what its other papers mean by a
        shortened name ("the Police and Crime Panel")."""
        self._own[document.file] = [
            (self.body_for(p.meeting.body_name, document.file, p.meeting.line), p.meeting.body_name)
            for p in document.parts
            if p.parent is None
            and p.meeting
            and p.kind in (DocumentKind.AGENDA, DocumentKind.MINUTES)
        ]

    def meeting_for(self, facts: MeetingFacts, file: str) -> Meeting:
        """The meeting of that body and date; time and venue are settled once all are read."""
        body = self.body_for(facts.body_name, file, facts.line)
        meeting_id = f"{facts.date.isoformat()}-{body.id}"
        self._facts.setdefault(meeting_id, []).append((facts, file))
        return self.archive.meetings.setdefault(
            meeting_id, Meeting(id=meeting_id, body=body.id, date=facts.date)
        )

    def settle_meetings(self) -> None:
        """Time and venue from the meeting's own minutes first, then its agenda, then any
        other paper; other values are reported. Never depends on the order files were read."""
        for meeting in self.archive.meetings.values():
            own_papers = [
                self.archive.documents[d]
                for d in (meeting.minutes_document, meeting.agenda)
                if d is not None
            ]
            own = {(d.source_file, d.part.meeting.line) for d in own_papers if d.part.meeting}
            candidates = self._facts.get(meeting.id, [])
            for attr in ("time", "venue"):
                values = sorted(
                    (
                        (0 if (file, facts.line) in own else 1, str(getattr(facts, attr)), n)
                        for n, (facts, file) in enumerate(candidates)
                        if getattr(facts, attr) is not None
                    ),
                )
                if not values:
                    continue
                chosen = getattr(candidates[values[0][2]][0], attr)
                setattr(meeting, attr, chosen)
                for _, text, n in values[1:]:
                    if text != str(chosen):
                        facts, file = candidates[n]
                        self.diagnostics.warn(
                            file,
                            facts.line,
                            f"conflicting-{attr}",
                            f"{meeting.id}: {attr} {text} here, {chosen} in its own papers; "
                            f"kept {chosen}",
                        )

    # -- documents -----------------------------------------------------------------------
    def add_documents(self, documents: list[SourceDocument]) -> None:
        entries: list[tuple[SourceDocument, Part, Meeting | None]] = []
        for document in documents:
            self.own_bodies(document)
            pack_meeting = next(
                (
                    self.meeting_for(p.meeting, document.file)
                    for p in document.parts
                    if p.kind is DocumentKind.AGENDA and p.meeting
                ),
                None,
            )
            for part in document.parts:
                if part.parent is not None:
                    continue  # an appendix takes its id and meeting from its report's
                meeting = self.meeting_for(part.meeting, document.file) if part.meeting else None
                if part.kind is DocumentKind.WORK_PROGRAMME and pack_meeting is not None:
                    meeting = pack_meeting  # published for the pack's meeting, whatever its date
                if part.kind in (DocumentKind.AGENDA, DocumentKind.MINUTES) and meeting:
                    body = self.archive.bodies[meeting.body].name
                    label = (
                        "Agenda"
                        if part.kind is DocumentKind.AGENDA
                        else ("Notes" if part.layout == "board-notes" else "Minutes")
                    )
                    part.title = f"{label}: {body}, {meeting.date:%-d %B %Y}"
                entries.append((document, part, meeting))

        places = ordered_claims(
            Claim(part, document.file, meeting.body, meeting.date, meeting.id,
                  in_pack_for=published_as_previous_minutes(document, part))
            for document, part, meeting in entries
            if meeting is not None
        )  # fmt: skip

        def order(
            entry: tuple[SourceDocument, Part, Meeting | None],
        ) -> tuple[str, int, int, str, str]:
            """Content order: date; when papers claim to be one meeting's minutes (or
            agenda), the one `claims` keeps first, so it is the meeting's and keeps the
            plain URL; then the richest paper, title, text."""
            _, part, _ = entry
            text = "\n".join(line.text for line in part.lines)
            richness = len(part.items) + len(part.minutes) + len(part.attendance)
            return (
                part.date.isoformat() if part.date else "",
                places.get(id(part), 0),
                -richness,
                part.title,
                hashlib.sha256(text.encode()).hexdigest(),
            )

        taken: set[str] = set()
        first_of_file: dict[str, tuple[int, str]] = {}
        for document, part, meeting in sorted(entries, key=order):
            title = part.title
            if part.date:  # "Minutes: X, 10 October 2024" -> "2024-10-10-minutes-x"
                title = title.removesuffix(f", {part.date:%-d %B %Y}")
            base = slug(title, max_length=90)
            if part.date and not base.startswith(part.date.isoformat()):
                base = f"{part.date.isoformat()}-{base}"
            doc_id = unique(base, taken)
            record = Document(
                id=doc_id,
                kind=part.kind,
                title=part.title,
                date=part.date,
                source_file=document.file,
                part=part,
                meeting=meeting.id if meeting else None,
            )
            self.archive.documents[doc_id] = record
            if meeting:
                meeting.documents.append(doc_id)
                self.add_meeting_facts(meeting, record)
            first = first_of_file.get(document.file)
            if first is None or part.first_line < first[0]:
                first_of_file[document.file] = (part.first_line, doc_id)
            for appendix in part.appendices:
                self.add_appendix(document, appendix, record, taken)
        for document in documents:
            self.archive.sources.append(
                Source(
                    document.file,
                    document.sha256,
                    first_of_file.get(document.file, (0, None))[1],
                    document.text,
                )
            )
        for meeting in self.archive.meetings.values():
            meeting.documents.sort()

    def add_appendix(
        self, document: SourceDocument, part: Part, report: Document, taken: set[str]
    ) -> None:
        """An appendix lives under its report: '<report id>-appendix-a' ('-appendix' when
        it has no label), published for the same meeting and dated as the report."""
        label = f"appendix {part.appendix_label or ''}"  # an unlabelled one: 'appendix'
        doc_id = unique(f"{report.id}-{slug(label)}", taken)
        record = Document(
            id=doc_id,
            kind=DocumentKind.APPENDIX,
            title=part.title,
            date=report.date,
            source_file=document.file,
            part=part,
            meeting=report.meeting,
            parent=report.id,
            appendix_label=part.appendix_label,
        )
        self.archive.documents[doc_id] = record
        report.appendices.append(doc_id)
        if report.meeting:
            self.archive.meetings[report.meeting].documents.append(doc_id)

    def _already(self, known: str | None, what: str, meeting: Meeting, document: Document) -> bool:
        """A meeting keeps the agenda (or minutes) `claims` ranks first; another is reported
        at its own file and line, with what it says differently, and still published."""
        if known is None:
            return False
        kept = self.archive.documents[known]
        differ = differences(kept.part, document.part)
        self.diagnostics.warn(
            document.source_file,
            document.part.first_line,
            f"second-{what}",
            f"{meeting.id} already has {what} {known} ({kept.source_file}:"
            f"{kept.part.first_line}); this version differs in {differ}; kept {known}, "
            "this copy has its own page",
        )
        return True

    def add_meeting_facts(self, meeting: Meeting, document: Document) -> None:
        part = document.part
        if part.kind is DocumentKind.AGENDA:
            if self._already(meeting.agenda, "agenda", meeting, document):
                return
            meeting.agenda = document.id
            seen: set[str] = set()
            for item in part.items:
                item_id = unique(f"{meeting.id}-item-{item.code.lower()}", seen)
                meeting.items.append(
                    AgendaItem(item_id, item.code, item.title, item, meeting=meeting.id)
                )
            meeting.membership.extend(
                Membership(
                    person="",
                    organisation=None,
                    represents=m.represents,
                    as_written=m.as_written,
                    line=m.line,
                )
                for m in part.membership
            )
        elif part.kind is DocumentKind.MINUTES:
            if self._already(meeting.minutes_document, "minutes", meeting, document):
                return
            meeting.minutes_document = document.id
            seen = set()
            minute_ids: dict[str, str] = {}
            for minute in part.minutes:
                # "12/21", "PCP/12/3": a number with a session part is an anchor once slugged
                minute_id = unique(f"{meeting.id}-minute-{slug(minute.number)}", seen)
                minute_ids.setdefault(minute.number, minute_id)
                meeting.minutes.append(Minute(minute_id, minute))
            meeting.attendance.extend(
                Attendance(
                    person=a.as_written,
                    role=a.role,
                    capacity=a.capacity,
                    as_written=a.as_written,
                    minute=minute_ids.get(a.minute_number) if a.minute_number else None,
                    group=a.group,
                    line=a.line,
                )
                for a in part.attendance
            )
            for n, q in enumerate(part.questions, start=1):
                minute_id = minute_ids[q.minute_number]
                meeting.questions.append(
                    Question(
                        f"{meeting.id}-question-{n}",
                        q.asker_as_written,
                        q.organisation_name,
                        q.text,
                        minute_id,
                        q,
                    )
                )
            meeting.decisions.extend(
                Decision(x.reference, x.title or None, minute_ids[x.minute_number], x)
                for x in part.decisions
            )
            meeting.actions.extend(part.actions)
            for d in part.declarations:
                meeting.declarations.append(
                    Declaration(d.as_written, d.text, minute_ids[d.minute_number], d)
                )

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


def published_as_previous_minutes(document: SourceDocument, part: Part) -> bool:
    """Whether minutes are printed in the agenda pack of a later meeting whose agenda lists
    them as the minutes of the meeting of their date: the record put up for approval."""
    if part.kind is not DocumentKind.MINUTES or part.date is None:
        return False
    return any(
        item.minutes_of == part.date
        for other in document.parts
        if other.kind is DocumentKind.AGENDA and other.meeting and other.meeting.date > part.date
        for item in other.items
    )


def build_archive(
    documents: list[SourceDocument], curated: Curated, diagnostics: Diagnostics
) -> Archive:
    resolver = _Resolver(curated, diagnostics)
    resolver.add_documents(documents)
    resolver.settle_meetings()
    resolver.link()
    resolver.people()
    resolve_references(resolver.archive, resolver.known_body)
    resolve_topics(resolver.archive, curated)
    resolve_organisations(resolver.archive, curated)
    apply_official(resolver.archive, curated.official, diagnostics)
    return resolver.archive


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
