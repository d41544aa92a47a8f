"""The line a Scottish council's minute prints between its letterhead and its title:
the place and date of the meeting ("Burgh Chambers, Kilbrannan, 4 September 2014")
under the council's name.

It belongs to the record that the "Minute of Meeting of ..." title below opens; it is no
letterhead by itself, so it is taken only under one (`letterhead_start`), and it is the
meeting's opening: its venue and date (`place_dated_minute_opening`).
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Line
from ..vocabulary import MONTHS
from .openings import Opening
from .text import plain

#: "Burgh Chambers, Kilbrannan, 4 September 2014", "Council Chambers, Ayr, 12th May 2016":
#: a place of one to four comma-separated parts, then the day, month and year, nothing else
PLACE_DATE = re.compile(
    rf"^(?P<place>[A-Z][\w'’.&-]*(?: [\w'’.&-]+){{0,6}}(?:, [A-Z][\w'’.&-]*(?: [\w'’.&-]+)"
    rf"{{0,6}}){{0,3}}),\s(?P<date>\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS}),? \d{{4}})$"
)


def place_and_date(text: str) -> re.Match[str] | None:
    """The place and date line of a Scottish minute's opening, or None."""
    return PLACE_DATE.match(text) if len(text) <= 160 else None


#: "MINUTE OF MEETING OF THE EDUCATION COMMITTEE": the title under the place and date,
#: naming the body (the singular "Minute", Scottish usage; the plural is read too)
MINUTE_TITLE = re.compile(
    r"^minutes? of (?:an? |the )?(?:\w+ ){0,2}?meeting of (?:the )?(?P<body>[^.;:]{3,150}?)\.?$",
    re.IGNORECASE,
)
#: Lines read for the place and date line at a minute's head
OPENING_REACH = 15
#: Lines with text between the place and date line and the title under it, at most
TITLE_REACH = 2


def place_dated_minute_opening(lines: list[Line]) -> Opening | None:
    """ "Burgh Chambers, Kilbrannan, 4 September 2014" over "MINUTE OF MEETING OF THE
    EDUCATION COMMITTEE": the place and date above the title, no time printed (a Scottish
    council's minute). The place is the venue; the meeting's line is the place's."""
    for k, line in enumerate(lines[:OPENING_REACH]):
        placed = place_and_date(plain(line.text))
        if placed is None:
            continue
        date = find_date(placed["date"])
        below = [ln for ln in lines[k + 1 : k + 1 + OPENING_REACH] if ln.text.strip()]
        title = next(
            (m for ln in below[:TITLE_REACH] if (m := MINUTE_TITLE.match(plain(ln.text)))), None
        )
        if date is None or title is None:
            continue
        return Opening(title["body"].strip(), date, None, placed["place"], line.number)
    return None
