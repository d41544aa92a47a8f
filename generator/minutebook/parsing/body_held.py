"""A record that opens with the body's name and "held", no "Minutes of" and no "meeting".

Some councils print their minutes' first line as "CABINET held at Council Chamber -
Council Offices, Market Road, Brentford, on THURSDAY, 29 NOVEMBER 2018 at 7.00 pm": the
body's name (in capitals or title case, ending on a body's noun: "Cabinet", "Planning
Committee", "Licensing Sub-Committee") and then the "held" sentence with the venue, date
and time in any order. The reader returns None when the line is not so laid out.
"""

from __future__ import annotations

import re

from ..model import Line
from .openings import BODY_NOUN, Opening, opening_lines, title_cased, when_and_where
from .text import plain

#: "CABINET held at ...", "Licensing Sub-Committee held on ..."
BODY_HELD = re.compile(
    r"^(?P<body>[A-Z][A-Za-z&'’ ,-]{2,100}?)\s+held\s+(?=(?:on|at|in|within|remotely|"
    r"virtually|online|via)\b)",
)
#: Opening lines searched for such a line
SEARCHED = 12


def body_held_opening(lines: list[Line]) -> Opening | None:
    """A line '<BODY> held at V on D at T' among the first lines, its body ending on a
    body's noun and title-cased (no sentence), with a date after "held"; else None."""
    for _, line in opening_lines(lines)[:SEARCHED]:
        text = plain(line.text)
        match = BODY_HELD.match(text)
        if match is None:
            continue
        body = match["body"].strip(" ,-")
        last = body.split()[-1] if body.split() else ""
        if not BODY_NOUN.fullmatch(last.split("-")[-1]) or not title_cased(body):
            continue
        date, time, venue, _ = when_and_where(text[match.end() :])
        if date is not None:
            return Opening(body, date, time, venue, line.number)
    return None
