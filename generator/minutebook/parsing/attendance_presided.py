"""Who presided, in the Scottish formula: "Councillor Ann Reid, Convener, presided."

Scottish councils' minutes say who chaired in a sentence of its own, under a "Chair"
heading or after a "Chair:" label, rather than a bracket in the list of those present:

    Chair
    Councillor Ann Reid, Convener, presided.

    Chair: Councillor Reid presided.

The person presiding was there: present, with the office named between the commas as
their capacity (none when only the label says "Chair"). When the list of those present
above already named them ("Present: Councillors Bell, Reid and Kerr"), the sentence adds
nobody.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole
from ..vocabulary import TITLE

#: "[Chair:] Councillor Ann Reid[, Convener,] presided.": an optional chair's label, a
#: titled name of up to four words (a Scottish civic office, "Provost", "Bailie", is a title
#: here), an optional office between commas, "presided"
PRESIDED = re.compile(
    r"^(?:(?:chair(?:man|person)?|convener|convenor)\s*:\s*)?"
    rf"(?P<name>(?:{TITLE}|(?:lord\s+|depute\s+)?provost|bailie)\s+[A-Z][\w'’.-]{{0,30}}(?:\s+[A-Z][\w'’.-]{{0,30}}){{0,3}})"
    r"(?:\s*,\s*(?P<office>[A-Z][\w'’ -]{2,60}?)\s*,?)?"
    r"\s+presided\s*\.?$",
    re.IGNORECASE,
)


def presided_line(text: str) -> tuple[str, str | None] | None:
    """(the titled name, the office between commas or None) of a "... presided." line;
    None for any other line."""
    text = text.strip()
    match = PRESIDED.match(text) if len(text) <= 200 else None
    if match is None or not match["name"][:1].isupper():
        return None
    office = match["office"].strip() if match["office"] else None
    return match["name"].strip(), office


def already_present(name: str, facts: list[AttendanceFacts]) -> bool:
    """Whether the list of those present already names the person ("Reid" or
    "Councillor A Reid" for "Councillor Reid"): by surname, the last word."""
    surname = name.split()[-1].lower()
    return any(
        f.role is AttendanceRole.PRESENT and f.as_written.lower().split()[-1:] == [surname]
        for f in facts
    )
