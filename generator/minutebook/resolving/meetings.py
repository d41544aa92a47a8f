"""Resolving, first half: one meeting per body and date, whatever papers speak of it.

Each paper is filed under the body it names (`bodies`) and the meeting of its date; a
meeting keeps the facts of its first agenda and of the minutes its papers corroborate
(`claims`); appendices follow their reports. Ids are derived from content and offered in
content order, so the same documents under any file names give the same archive.
"""

from __future__ import annotations

import hashlib

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
    Layout,
    Meeting,
    MeetingFacts,
    Membership,
    Minute,
    Part,
    Question,
    Source,
    SourceDocument,
)
from ..slugs import slug, unique
from .bodies import body_meant, new_body, places_named, warn_unknown
from .claims import Claim, differences, ordered_claims
from .curated import Curated


class MeetingResolver:
    """The archive's bodies and meetings, and the facts each paper gives its meeting."""

    def __init__(self, curated: Curated, diagnostics: Diagnostics) -> None:
        self.curated = curated
        self.diagnostics = diagnostics
        self.archive = Archive()
        self._facts: dict[str, list[tuple[MeetingFacts, str]]] = {}
        self._own: dict[
            str, list[tuple[Body, str]]
        ] = {}  # file -> its agendas' and minutes' bodies
        self._places: dict[str, frozenset[str]] = {}  # file -> curated places it names

    # -- bodies and meetings -------------------------------------------------------------
    def body_for(self, name: str, file: str = "", line: int | None = None) -> Body:
        """The paper's own body when the name shortens it, else the curated body the name
        names, else a body of its own (reported once, naming the file and line)."""
        body = body_meant(name, self._own.get(file, []), self.curated, self._places_in(file))
        if body is None:
            body = new_body(name)
            if body.id not in self.archive.bodies:
                warn_unknown(body, file, line, self.diagnostics)
        return self.archive.bodies.setdefault(body.id, body)

    def known_body(self, name: str, file: str = "") -> str | None:
        """The id of the file's own body or a curated body the name means (no new body is
        made for a mention)."""
        body = body_meant(name, self._own.get(file, []), self.curated, self._places_in(file))
        return body.id if body else None

    def _places_in(self, file: str) -> frozenset[str]:
        return self._places.get(file, frozenset())

    def own_bodies(self, document: SourceDocument) -> None:
        """The bodies a file's agendas and minutes name: what its other papers mean by a
        shortened name ("the Police and Crime Panel")."""
        text = "\n".join(line.text for line in document.lines)
        self._places[document.file] = places_named(text, self.curated)
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
                        else ("Notes" if part.layout == Layout.BOARD_NOTES else "Minutes")
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
                # an item printed without a number is anchored by its title, so its address
                # stays the same whatever other items the agenda gains
                key = item.code.lower() or slug(item.title, max_length=48)
                item_id = unique(f"{meeting.id}-item-{key}", seen)
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
                    organisation=a.organisation,
                    reason=a.reason,
                    timing=a.timing,
                )
                for a in part.attendance
            )
            for n, q in enumerate(part.questions, start=1):
                asked_in = minute_ids[q.minute_number] if q.minute_number else None
                meeting.questions.append(
                    Question(
                        f"{meeting.id}-question-{n}",
                        q.asker_as_written,
                        q.organisation_name,
                        q.text,
                        asked_in,
                        q,
                    )
                )
            meeting.decisions.extend(
                Decision(x.reference, x.title or None, minute_ids[x.minute_number], x)
                for x in part.decisions
                if x.minute_number is not None  # a minute's own: all of them here
            )
            meeting.actions.extend(part.actions)
            meeting.opening_resolutions.extend(part.opening_resolutions)
            for d in part.declarations:  # one declared before any heading: the minutes' top
                where = minute_ids[d.minute_number] if d.minute_number else f"{meeting.id}-minutes"
                meeting.declarations.append(Declaration(d.as_written, d.text, where, d))


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
