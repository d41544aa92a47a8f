"""An untitled member in a member | body table, the column break lost.

A combined authority's, a panel's or a joint committee's table of members and the bodies
that appointed them prints its councillors titled, but the members who are no councillors
(an enterprise partnership's chair, a co-opted member from a health trust) without a
title:

    Councillor Ann Bell Westmarch City Council
    Ruth Calder Westmarch & Hale Local Enterprise Partnership

Such a row is read only inside a table already read as titled member | council rows: the
member is a forename (perhaps a middle initial) and a surname, and the rest of the line is
a body of capitalised words (joined by "&", "and", "of", "the") ending in a body's noun.
Read as a list of names instead, the "&" inside the body's name would split it.
"""

from __future__ import annotations

import re

from ..vocabulary import TITLE
from .text import plain

#: the nouns a body appointing a member ends in
BODY_NOUNS = (
    "Council|Partnership|Authority|Board|Trust|Group|Commission|Service|Services"
    "|Forum|Association|University|College|Healthwatch"
)

#: "Ruth Calder Westmarch & Hale Local Enterprise Partnership": a forename, a surname,
#: then a body of up to seven capitalised words ending in a body's noun
UNTITLED_THEN_BODY = re.compile(
    rf"^(?!{TITLE}\b)(?P<name>[A-Z][a-z'’-]+\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]{{1,30}})\s+"
    r"(?P<body>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&|and|of|the)){0,6}"
    rf"\s+(?:{BODY_NOUNS}))\s*$"
)


def untitled_body_row(text: str) -> list[tuple[str, str]] | None:
    """'Ruth Calder Westmarch & Hale Local Enterprise Partnership' read as the member and
    the body they represent; None for any other line."""
    if len(text) > 160:
        return None
    match = UNTITLED_THEN_BODY.match(plain(text).strip())
    if match is None:
        return None
    return [(match["name"], match["body"])]
