"""A joint authority's members grouped by council on a front sheet flattened onto one line.

A fire or police authority's agenda lists its members under the councils that appoint
them, each with its count of seats: "MEMBERS Westmarch County Council (8) Councillors
Abbot, Baines and Carver Easthaven City Council (4) Councillors Dunmore and Ellery."
When the text layer loses the line breaks, the councils and their lists run on in one
line: the count and the plural title ("(8) Councillors") mark each council's list, and
the council's name stands between the last surname of the list before ("... and Carver")
and its count. Each member represents the council of their group.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line, MembershipFacts
from .names import names_an_organisation
from .text import plain

#: "MEMBERS ", "Membership: ": the list's heading inside the flattened line
HEADING = re.compile(r"(?<!\S)(?:MEMBERS|MEMBERSHIP|Members|Membership)\s{1,3}(?:[:–-]\s{1,3})?")
#: "(12) Councillors ": a council's count of seats before its list of surnames
SEATS = re.compile(r"\s\(\d{1,3}\)\s(?=(?:County\s)?(?:Councillors|Cllrs)\s)")
#: Where the last list ends: a full stop, a row of asterisks or rules
LIST_END = re.compile(r"\.(?=\s|$)|\s[*_=]{3}")
#: How far the first council's name may run after the heading
MAX_COUNCIL = 100
#: A flattened front sheet is long, even the piece before its summons: short lines are read
#: by `membership` itself
MIN_CHARS = 200
#: Councils read at most on one line
MAX_GROUPS = 30
#: The last surname of a list, then the next council's name: "and Thomas Westmarch ..."
LAST_SURNAME = re.compile(r"\sand\s(?P<surname>[A-Z][\w'’-]{1,30})\s(?P<council>[A-Z].{2,100})$")


#: how `membership` reads a list of names: (name, bracket) pairs, or None
NameList = Callable[[str], list[tuple[str, str]] | None]


def flattened_council_groups(line: Line, name_list: NameList) -> list[MembershipFacts] | None:
    """The members of a flattened list grouped by council with counts of seats, each
    representing their council; None when the line holds no such list."""
    text = plain(line.text)
    if len(text) < MIN_CHARS:
        return None
    for heading in HEADING.finditer(text):
        seats = list(SEATS.finditer(text, heading.end(), heading.end() + MAX_COUNCIL + 8))
        if seats:
            return _groups(text, heading.end(), line.number, name_list)
    return None


def _groups(
    text: str, start: int, number: int, name_list: NameList
) -> list[MembershipFacts] | None:
    seats = list(SEATS.finditer(text, start))[:MAX_GROUPS]
    council = text[start : seats[0].start()].strip()
    found: list[MembershipFacts] = []
    for k, seat in enumerate(seats):
        if not names_an_organisation(council):
            return found or None
        if k + 1 < len(seats):
            chunk = text[seat.end() : seats[k + 1].start()]
            last = LAST_SURNAME.search(chunk)
            if last is None:
                return found or None
            listed, following = f"{chunk[: last.start()]} and {last['surname']}", last["council"]
        else:
            end = LIST_END.search(text, seat.end())
            listed, following = text[seat.end() : end.start() if end else len(text)], ""
        rows = name_list(listed.strip())
        if not rows:
            return found or None
        found += [MembershipFacts(name, council, number) for name, _ in rows]
        council = following.strip()
    return found or None
