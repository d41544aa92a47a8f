"""A member named with the council they sit for, on a line of its own inside a minute.

Minutes of police and crime panels, fire authorities and other joint bodies list the
members a change concerns one a line, each with the council that appointed them after a
dash, and a web page prints each line with a blank line above and below:

    The Chair welcomed the new members of the Panel:

    Cllr Ann Reid – Wyke District Council

    Councillor Tom Moss - Hexton Borough Council

Spaced so, such a line looks like an unnumbered minute's title; `member_for_body` tells
it for a member's line instead: a member's title, a name of one to four words, a dash,
then capitalised words ending in the body's kind ("Council", "Authority").
"""

from __future__ import annotations

import re

#: "Cllr Ann Reid – Wyke District Council", "Councillor T Moss - Hexton Borough Council"
MEMBER_FOR_BODY = re.compile(
    r"^(?:Cllr\.?|Councillor|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr)\s+"
    r"[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,3}\s+[-–—]\s+"
    r"(?:[A-Z][\w'’&.-]{0,30}\s+|(?:and|on|upon|of|the)\s+){0,7}"
    r"(?:Council|Authority)$"
)


def member_for_body(text: str) -> bool:
    """Whether a line names a member and, after a dash, the council they sit for."""
    return MEMBER_FOR_BODY.match(text.strip()) is not None
