"""Resolve the people named in running text, by name or by the role they held.

A name in the text ("Mr David Paul", "Mr Paul") is the person its spelling was resolved
to (`resolving.people`, with the evidence). A role word ("the Commissioner", "the
Chairman") is the one person the meeting's attendance list gives that capacity; when the
list names nobody, or more than one, in that role, the word is left alone.
"""

from __future__ import annotations

import re

from ..model import Archive, Mention, MentionFact

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


def resolve_mentions(archive: Archive, by_spelling: dict[str, str]) -> None:
    """Fill `archive.mentions`; lines that are themselves attendance, membership or
    question records are not mentions (those records link the person already)."""
    found: list[Mention] = []
    for document_id in sorted(archive.documents):
        document = archive.documents[document_id]
        part = document.part
        recorded = {f.line for f in part.attendance} | {f.line for f in part.membership}
        recorded |= {f.line for f in part.questions}
        for fact in part.mentions:
            if fact.line in recorded:
                continue
            person = _person(archive, document.meeting, fact, by_spelling)
            if person is not None:
                found.append(Mention(person, document.id, fact.line, fact.text, fact.role))
    archive.mentions = found


def _person(
    archive: Archive, meeting_id: str | None, fact: MentionFact, by_spelling: dict[str, str]
) -> str | None:
    if fact.role is not None:
        return _holder(archive, meeting_id, fact.role)
    return by_spelling.get(fact.text)
