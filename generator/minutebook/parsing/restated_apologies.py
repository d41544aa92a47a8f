"""Apologies listed in a record's opening and restated in its apologies minute.

Some authorities print the attendance block at the head of their minutes with the
apologies in it ("APOLOGIES: Cllrs A Reid, B Moss"), then open the business with a minute
"Apologies for Absence" that says the same in a sentence ("Apologies for absence were
received from Councillors A Reid and B Moss."). One apology is recorded twice: the fact
is the opening's, and the minute adds nothing. A parish clerk restates them by surname
alone ("Apologies from Cllrs Critchley and Edwards were noted"): a surname the opening's
apologies print, with any initial the minute gives agreeing, is the same person
(`_same_person`). A minute naming anyone else (or any other role: a substitute, someone
absent) is read as printed.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole
from ..vocabulary import STARTS_WITH_TITLE

#: Stops and runs of spaces, which a name's initials are printed with or without
NOISE = re.compile(r"[.\s]+")


def _key(name: str) -> str:
    """A name without its title, stops and case: "Councillor J. O Evans" -> "j o evans"."""
    name = name.strip()
    title = STARTS_WITH_TITLE.match(name)
    if title is not None:
        name = name[title.end() :]
    return NOISE.sub(" ", name).strip().lower()


def _same_person(key: str, listed: set[str]) -> bool:
    """Whether a name (`_key`) is one the opening lists: the same name, or its surname
    alone ("critchley" for "mike critchley"), or its surname with an agreeing initial
    ("e bland" for "eileen bland"; "j bland" is someone else)."""
    if key in listed:
        return True
    words = key.split()
    if not words:
        return False
    for other in listed:
        others = other.split()
        if not others or others[-1] != words[-1]:
            continue
        if len(words) == 1 or len(others) == 1 or words[0][0] == others[0][0]:
            return True
    return False


def restates_apologies(opening: list[AttendanceFacts], minute: list[AttendanceFacts]) -> bool:
    """Whether every fact an apologies minute gave is an apology the opening's list
    already records (same person), so the minute only restates it."""
    listed = {_key(f.as_written) for f in opening if f.role is AttendanceRole.APOLOGIES}
    return bool(listed and minute) and all(
        f.role is AttendanceRole.APOLOGIES and _same_person(_key(f.as_written), listed)
        for f in minute
    )


def restated_beside_substitutes(
    opening: list[AttendanceFacts], minute: list[AttendanceFacts]
) -> list[AttendanceFacts]:
    """The apologies of a minute that also names substitutes ("Apologies ... from
    Councillors A Reid and B Moss. Councillor C Lowe attended as a substitute for
    Councillor Moss."), when the list already records every one of them: those apologies
    are restated and dropped, the substitutes are the minute's own. [] when the minute
    names anyone else, or no substitute."""
    listed = {_key(f.as_written) for f in opening if f.role is AttendanceRole.APOLOGIES}
    apologies = [f for f in minute if f.role is AttendanceRole.APOLOGIES]
    others = [f for f in minute if f.role is not AttendanceRole.APOLOGIES]
    if not apologies or not others or not listed:
        return []
    if any(f.role is not AttendanceRole.SUBSTITUTE for f in others):
        return []
    return apologies if all(_same_person(_key(f.as_written), listed) for f in apologies) else []


def repeated_in_minute(minute: list[AttendanceFacts]) -> list[AttendanceFacts]:
    """The apologies a minute gives a second time: its text records them ("Apologies were
    received from Cllr A Reid and Cllr B Moss"), then its resolution accepts them by name
    ("RESOLVED: That the Council accepts the apologies from Cllr A Reid and Cllr B Moss").
    One person's apology is one fact, the first; [] when no one is named twice."""
    seen: set[str] = set()
    repeated: list[AttendanceFacts] = []
    for fact in minute:
        if fact.role is not AttendanceRole.APOLOGIES:
            continue
        key = _key(fact.as_written)
        if key in seen:
            repeated.append(fact)
        seen.add(key)
    return repeated
