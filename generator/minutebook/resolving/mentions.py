"""Resolve the people named in running text, by name or by the role they held.

A name in the text ("Mr David Paul", "Mr Paul") is the person its spelling was resolved
to (`resolving.people`, with the evidence). A role word ("the Commissioner", "the
Chairman") is the one person the meeting's attendance list gives that capacity; when the
list names nobody, or more than one, in that role, the word is left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import Diagnostics
from ..model import Archive, AttendanceFacts, Document, MembershipFacts, Mention, MentionFact, Part
from .name_keys import has_invisible
from .people import PeopleIndex, Sighting

#: The attendance capacities that say who holds a role at a meeting.
ROLE_CAPACITY = {
    "Commissioner": re.compile(r"Police and Crime Commissioner|\(PCC\)"),
    "Chairman": re.compile(r"^Chair(?:man|woman|person)?$"),
    "Vice-Chairman": re.compile(r"^Vice-Chair(?:man|woman|person)?$"),
    "Chief Constable": re.compile(r"^(?:Temporary )?Chief Constable\b"),
}
ROLE_CAPACITY["PCC"] = ROLE_CAPACITY["Commissioner"]
ROLE_CAPACITY["Chair"] = ROLE_CAPACITY["Chairman"]
ROLE_CAPACITY["CC"] = ROLE_CAPACITY["Chief Constable"]
#: Capacities that name a role's staff, not its holder ("PCC's Chief Executive").
STAFF = re.compile(r"Chief Executive|Finance|Deputy|Head|Officer|Research|proposed", re.I)


def name_sightings(archive: Archive, diagnostics: Diagnostics) -> list[Sighting]:
    """Every name a meeting's records print (attendance, membership, questions,
    declarations), with the meeting's body and date; a name carrying invisible or
    direction-changing characters is warned about, naming its file and line."""
    found: list[Sighting] = []
    for meeting in sorted(archive.meetings.values(), key=lambda m: m.id):
        records: list[tuple[str, str | None, int, str | None]] = []
        minutes = archive.documents.get(meeting.minutes_document or "")
        agenda = archive.documents.get(meeting.agenda or "")
        file = minutes.source_file if minutes else None
        records += [
            (a.as_written, file, _line(minutes, a.as_written), a.capacity)
            for a in meeting.attendance
        ]
        records += [(q.facts.asker_as_written, file, q.facts.line, None) for q in meeting.questions]
        records += [(d.facts.as_written, file, d.facts.line, None) for d in meeting.declarations]
        pack = agenda.source_file if agenda else None
        records += [(m.as_written, pack, _line(agenda, m.as_written), None)
                    for m in meeting.membership]  # fmt: skip
        for spelling, source, line, capacity in records:
            found.append(Sighting(spelling, meeting.body, meeting.date, capacity))
            if source is not None and has_invisible(spelling):
                _warn_invisible(diagnostics, source, line, spelling)
    return found


def _line(document: Document | None, spelling: str) -> int:
    """The line of a paper's attendance or membership record printing `spelling`."""
    if document is None:
        return 0
    part = document.part
    rows: list[AttendanceFacts | MembershipFacts] = [*part.attendance, *part.membership]
    return next((r.line for r in rows if r.as_written == spelling), part.first_line)


def _warn_invisible(diagnostics: Diagnostics, file: str, line: int, spelling: str) -> None:
    diagnostics.warn(
        file,
        line,
        "invisible-characters-in-name",
        f"{spelling.encode('unicode_escape').decode('ascii')!r} carries invisible or "
        "direction-changing characters; matched without them, printed as written",
    )


def mention_sightings(archive: Archive, diagnostics: Diagnostics) -> list[Sighting]:
    """Names met in running text, with the body and date of the paper's meeting (none for
    a paper of no meeting); invisible characters in one are warned about too."""
    found: list[Sighting] = []
    for document in sorted(archive.documents.values(), key=lambda d: d.id):
        body, date = _scope(archive, document.meeting)
        recorded = _record_lines(document.part)
        for fact in document.part.mentions:
            if fact.role is None:
                found.append(Sighting(fact.text, body, date))
                if fact.line not in recorded and has_invisible(fact.text):  # else warned
                    _warn_invisible(diagnostics, document.source_file, fact.line, fact.text)
    return found


def _record_lines(part: Part) -> set[int]:
    """Lines that are attendance, membership or question records: the names on them are
    those records' (and resolved as such), not mentions in running text."""
    lines = {f.line for f in part.attendance} | {f.line for f in part.membership}
    return lines | {f.line for f in part.questions}


def _scope(archive: Archive, meeting_id: str | None) -> tuple[str | None, dt.date | None]:
    meeting = archive.meetings.get(meeting_id or "")
    return (meeting.body, meeting.date) if meeting else (None, None)


def name_spellings(archive: Archive) -> tuple[set[str], frozenset[str]]:
    """Spellings met in running text: names with a given name or initials, and surnames
    alone (which may only join a person, never make one)."""
    from .people import name_parts

    named: set[str] = set()
    surnames: set[str] = set()
    for document in archive.documents.values():
        for fact in document.part.mentions:
            if fact.role is None:
                parts = name_parts(fact.text)
                (named if parts and parts.initials else surnames).add(fact.text)
    return named, frozenset(surnames)


def _holder(archive: Archive, meeting_id: str | None, role: str) -> str | None:
    if meeting_id is None:
        return None
    pattern = ROLE_CAPACITY[role]
    holders = {
        a.person
        for a in archive.meetings[meeting_id].attendance
        if a.capacity and pattern.search(a.capacity) and not STAFF.search(a.capacity)
    }
    return holders.pop() if len(holders) == 1 else None


def resolve_mentions(archive: Archive, index: PeopleIndex) -> None:
    """Fill `archive.mentions`; lines that are themselves attendance, membership or
    question records are not mentions (those records link the person already)."""
    found: list[Mention] = []
    for document_id in sorted(archive.documents):
        document = archive.documents[document_id]
        part = document.part
        recorded = _record_lines(part)
        for fact in part.mentions:
            if fact.line in recorded:
                continue
            person = _person(archive, document.meeting, fact, index)
            if person is not None:
                found.append(Mention(person, document.id, fact.line, fact.text, fact.role))
    archive.mentions = found


def _person(
    archive: Archive, meeting_id: str | None, fact: MentionFact, index: PeopleIndex
) -> str | None:
    if fact.role is not None:
        return _holder(archive, meeting_id, fact.role)
    return index.person(fact.text, *_scope(archive, meeting_id))
