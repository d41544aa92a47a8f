"""A member and the council they sit for, one a line, the table's column break lost.

A police and crime panel, a fire authority or a joint committee lists its membership as
a table of two columns, the member and the council that appointed them, and the
conversion prints each row with nothing between the cells:

    Membership of Panel
    Cllr Ann Bell Westmarch County Council
    Cllr D. Hale Eastwold County Borough Council

The member is a title, a forename or initials, and a surname; the rest of the line, a
council's capitalised name ending "Council", is what the member represents. A council's
name opens with its place, never "County" or "Borough" alone, so "Cllr Ann Bell County
Council" is no such row. Attendance's rows of initials read this way are
`attendance_name_council`'s.
"""

from __future__ import annotations

import re

from ..vocabulary import TITLE
from .text import plain

#: "Cllr Ann Bell Westmarch County Council": a title, a forename (perhaps a middle
#: initial) or initials, a surname, then a council of capitalised words ending "Council"
NAME_THEN_COUNCIL = re.compile(
    rf"^(?P<name>{TITLE}\s+(?:[A-Z][a-z'’-]+\s+(?:[A-Z]\.?\s+)?|(?:[A-Z]\.?\s+){{1,3}})"
    r"[A-Z][\w'’-]{1,30})\s+"
    r"(?:\((?:Vice[- ]?|Deputy\s)?Chair(?:man|woman|person)?\)\s+)?"
    r"(?P<council>(?:(?:City|County|Royal\sBorough|Borough)\sof\s(?:the\s)?)?"
    r"(?!(?:County|Borough|District|City|Town|Parish|Community)\b)[A-Z][\w'’&.-]*"
    r"(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|upon|on|the)){0,5}\s+Council)\s*$"
)


def name_council_row(text: str) -> list[tuple[str, str]] | None:
    """'Cllr Ann Bell Westmarch County Council' read as the member and the council they
    represent; None for any other line."""
    if len(text) > 160:
        return None
    match = NAME_THEN_COUNCIL.match(plain(text).strip())
    if match is None:
        return None
    return [(match["name"], match["council"])]
