"""The kind of seat a member holds, printed between their name and their council.

A police and crime panel's front sheet lists each member with their office, the kind of
seat they hold on the panel, and, after a dash, the council that appointed them:

    Mr A Reid (Chairman) Substantive Member - Eastholm County Council
    Mrs B Moss Co-opted Member - Westby District Council

The seat's kind ("Substantive Member", "Co-opted Member", "Elected Member") says how they
sit, not who they are: it is no part of the name, and the council after the dash is what
they represent.
"""

from __future__ import annotations

import re

#: " Substantive Member", " (Vice Chairman) Co-opted Member" closing the name's cell
SEAT_KIND = re.compile(
    r"(?:\s\((?:Vice[- ]?|Deputy\s)?Chair(?:man|woman|person)?\))?"
    r"\s(?:(?:Substantive|Co-?opted|Elected|Appointed|Independent|Lay|Voting|Non-voting)\s){1,3}"
    r"Member$",
    re.IGNORECASE,
)


def without_seat_kind(name: str) -> str:
    """The name without the kind of seat (and office) printed after it ("Mr A Reid
    (Chairman) Substantive Member" is "Mr A Reid"); the name as it was otherwise."""
    match = SEAT_KIND.search(name[:200])
    return name[: match.start()] if match is not None and match.start() > 0 else name
