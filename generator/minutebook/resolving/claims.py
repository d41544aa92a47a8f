"""When two papers claim to be one meeting's minutes (or its agenda), which one the meeting
keeps: decided from the papers' content and the rest of the archive, never from file names,
the order files are read, or which paper is fuller.

A newcomer must not take over a meeting by claiming more. Each claimant is ranked, best
first, by:

1. **Published in a later meeting's agenda pack** as "the minutes of the meeting held on
   <date>": the body itself printed it as the record to approve.
2. **Agreeing with the meeting's own agenda**: fewer minutes citing an item code the agenda
   does not print.
3. **Agreeing with the body's other papers**: fewer people in its attendance (or membership)
   whom no other paper of the same body within `people.WINDOW` names.
4. **Claiming less**: fewer minutes, attendance rows, decisions and declarations. What one
   version asserts beyond another is what no other paper vouches for.
5. **Shorter text**, then the text's SHA-256: only to make the order total.

The kept paper is the meeting's minutes (its venue, attendance, minutes, decisions and
declarations) and takes the plain URL; every other claimant is published as its own paper
and a warning names its file and line and what differs. Rules 1-3 need no history; when
neither version is corroborated (rules 1-3 tie), no rule on content alone can tell a genuine
paper from a forged one, and rules 4-5 decide: a forger who claims less than the genuine
minutes, or the same with shorter text, wins. docs/people-and-records.md says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import DocumentKind, Part
from .name_keys import compact, fold
from .people import WINDOW, name_parts

#: The kinds of paper a meeting keeps only one of.
CONTESTED = (DocumentKind.MINUTES, DocumentKind.AGENDA)


@dataclass(frozen=True)
class Claim:
    """A paper claiming to be a meeting's minutes or agenda, where it was read from."""

    part: Part
    file: str
    body: str
    date: dt.date
    meeting: str
    in_pack_for: bool  # its file's agenda lists it as the minutes of this date


def person_key(spelling: str) -> str:
    """Who a printed name could be, loosely: first initial and surname ("p|feacey"), or the
    surname alone when no initial is printed."""
    parts = name_parts(spelling)
    if parts is None:
        return fold(spelling)
    initial = fold(parts.initials[0])[:1] if parts.initials else ""
    return f"{initial}|{compact([parts.surname])}"


def people_of(part: Part) -> list[str]:
    return [a.as_written for a in part.attendance] + [m.as_written for m in part.membership]


def _vouched(key: str, known: set[str]) -> bool:
    if key in known:
        return True
    initial, _, surname = key.partition("|")
    return not initial and any(k.endswith(f"|{surname}") for k in known)


def rank(
    claim: Claim, agenda_codes: set[str] | None, known: set[str]
) -> tuple[int, int, int, int, int, str]:
    """Sort key of a claimant (lowest first); `known` are the people (`person_key`) the
    body's other meetings within the window name, `agenda_codes` the meeting's own agenda's
    item codes."""
    part = claim.part
    uncited = 0
    if agenda_codes is not None:
        uncited = sum(
            1
            for m in part.minutes
            if m.item_code and m.item_code.upper().lstrip("ABCDEFGHIJ") not in agenda_codes
            and m.item_code.upper() not in agenda_codes
        )  # fmt: skip
    unvouched = sum(1 for s in people_of(part) if not _vouched(person_key(s), known))
    claims = len(part.minutes) + len(part.attendance) + len(part.membership)
    claims += len(part.decisions) + len(part.declarations) + len(part.items)
    text = "\n".join(line.text for line in part.lines)
    return (
        0 if claim.in_pack_for else 1,
        uncited,
        unvouched,
        claims,
        len(text),
        hashlib.sha256(text.encode()).hexdigest(),
    )


def ordered_claims(claims: Iterable[Claim]) -> dict[int, int]:
    """For every paper claiming a meeting that more than one paper of its kind claims, its
    place among them (0: kept), keyed by `id(part)`."""
    everything = list(claims)
    by_meeting: dict[tuple[str, DocumentKind], list[Claim]] = {}
    by_body: dict[str, list[Claim]] = {}
    for claim in everything:
        by_body.setdefault(claim.body, []).append(claim)
        if claim.part.kind in CONTESTED:
            by_meeting.setdefault((claim.meeting, claim.part.kind), []).append(claim)
    keys: dict[int, list[str]] = {}

    def known(claim: Claim) -> set[str]:
        """Who the body's other meetings within the window name."""
        found: set[str] = set()
        for other in by_body[claim.body]:
            if other.meeting != claim.meeting and abs(other.date - claim.date) <= WINDOW:
                if id(other) not in keys:
                    keys[id(other)] = [person_key(s) for s in people_of(other.part)]
                found.update(keys[id(other)])
        return found

    places: dict[int, int] = {}
    for (meeting, _), contenders in sorted(by_meeting.items()):
        if len(contenders) < 2:
            continue
        agenda_codes = _agenda_codes(by_meeting.get((meeting, DocumentKind.AGENDA), []))
        ranked = sorted(contenders, key=lambda c: rank(c, agenda_codes, known(c)))
        for place, claim in enumerate(ranked):
            places[id(claim.part)] = place
    return places


def _agenda_codes(agendas: Sequence[Claim]) -> set[str] | None:
    """The item codes of the meeting's agenda, when exactly one agenda is read for it (so
    the minutes can be checked against it; two rival agendas vouch for nothing)."""
    if len(agendas) != 1:
        return None
    return {item.code.upper() for item in agendas[0].part.items}


def differences(kept: Part, other: Part) -> str:
    """What a rival version says differently from the kept one, in a few words."""
    said: list[str] = []
    mine = {person_key(s) for s in people_of(kept)}
    theirs = {person_key(s) for s in people_of(other)}
    if mine != theirs:
        said.append(f"attendance ({len(theirs - mine)} not in it, {len(mine - theirs)} missing)")
    if [m.number for m in kept.minutes] != [m.number for m in other.minutes]:
        said.append(f"minutes ({len(other.minutes)} against {len(kept.minutes)})")
    if [i.code for i in kept.items] != [i.code for i in other.items]:
        said.append(f"items ({len(other.items)} against {len(kept.items)})")
    resolved = {m.number: fold(m.resolution or "") for m in kept.minutes}
    if any(resolved.get(m.number, fold(m.resolution or "")) != fold(m.resolution or "")
           for m in other.minutes):  # fmt: skip
        said.append("resolutions")
    if len(kept.decisions) != len(other.decisions):
        said.append("decisions")
    if len(kept.declarations) != len(other.declarations):
        said.append("declarations")
    venue = (
        kept.meeting.venue if kept.meeting else None,
        other.meeting.venue if other.meeting else None,
    )
    if venue[0] != venue[1]:
        said.append("venue")
    if not said:
        same = [line.text for line in kept.lines] == [line.text for line in other.lines]
        said.append("nothing: the same text" if same else "wording only")
    return ", ".join(said)
