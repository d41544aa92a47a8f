"""A member "represented at the meeting by" a deputy: the deputy is their substitute.

A health and wellbeing board's or a partnership's minutes record the members who sent
a deputy in a sentence of their own, below the list of those present:

    Mary Hutton was represented at the meeting by Dr Andy Seymour and Ellen Rule (GCCG)
    and Deborah Lee was represented by Simon Lanceley (Gloucestershire Hospitals Trust).

Each deputy stood in for the member named before "was represented by", as a substitute
does; a bracket after a deputy's name is the organisation they came from. None when the
sentence is not there.
"""

from __future__ import annotations

import re

#: "X was represented (at the meeting) by Y and Z (Org)": the member, then the deputies up
#: to the next member's clause, a stop or a semicolon
REPRESENTED = re.compile(
    r"(?P<for>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4})\s+(?:was|were)\s+represented\s+"
    r"(?:at\s+(?:the|this)\s+meeting\s+)?by\s+"
    r"(?P<subs>[A-Z][^.;]{2,200}?)(?=\s+and\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}\s+"
    r"(?:was|were)\s+represented\b|\.(?:\s|$)|;|$)"
)
#: the deputies' list: parted by commas and "and"
DEPUTIES_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: a deputy's bracket: the organisation they came from
BRACKET = re.compile(r"^(?P<name>[^()]{2,80}?)\s*\((?P<org>[^()]{2,80})\)$")
#: Longest text searched
MAX_TEXT = 2000


def represented_by(text: str) -> list[tuple[str, str, str | None]] | None:
    """(deputy, member, organisation or None) for each deputy a member was represented
    by; None when the text says no such thing."""
    if "represented" not in text or len(text) > MAX_TEXT:
        return None
    found: list[tuple[str, str, str | None]] = []
    for match in REPRESENTED.finditer(text):
        for deputy in DEPUTIES_SPLIT.split(match["subs"].strip()):
            bracket = BRACKET.match(deputy.strip())
            name = bracket["name"] if bracket else deputy.strip()
            if name:
                found.append((name, match["for"], bracket["org"] if bracket else None))
    return found or None
