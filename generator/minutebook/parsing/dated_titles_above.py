"""A record's date printed in the title above a sentence that names the meeting undated.

A parish clerk heads the record with a short dated title ("Planning Meeting 7th February
2011") and opens it with a sentence that names the body, the place and the time but not
the date ("The Meeting of X Parish Council Planning Committee took place in the Town
Hall at 7.00pm."). The sentence names the meeting; the title above it dates it. Only a
short line, no sentence itself, a few lines above counts: a date further off or inside
prose speaks of another meeting. Only a record reads so: a notice's undated sentence ("a
meeting of the Authority will be held at the time and place shown above") refers to the
fields above it, which their own reader takes.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date
from ..model import Line
from ..vocabulary import MONTHS
from .spoken_dates import plain_dates
from .text import plain

#: lines above the sentence searched for its title
REACH = 3
#: characters a title line runs to at most
MAX_TITLE = 80
#: words of a sentence or of an item ("4. Budget from 1 April"): such a line is no title; a
#: date opening the line ("7 March 2016") is the title's own
NOT_A_TITLE = re.compile(
    r"\b(?:held|took\s+place|was|were|will|minutes\s+of\s+the\s+(?:last|previous))\b"
    rf"|^\s*\d{{1,3}}[.)]?\s(?!\s*(?:{MONTHS})\b)",
    re.IGNORECASE,
)


def date_in_title_above(opening: list[tuple[int, Line]], k: int) -> tuple[dt.date, int] | None:
    """The date of a short title line among the `REACH` opening lines above the `k`th
    (the sentence's), with that line's number (the record's dated heading is where its
    meeting is named); None when none of them is a dated title."""
    for _, line in reversed(opening[max(0, k - REACH) : k]):
        text = plain(line.text).strip()
        if not text or len(text) > MAX_TITLE or NOT_A_TITLE.search(text):
            continue
        found = find_date(plain_dates(text))
        if found is not None:
            return found, line.number
    return None
