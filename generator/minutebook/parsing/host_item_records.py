"""A committee system's item page whose document is another meeting's minutes.

A meeting's page on the committee system links each item's document, and a page printed
for one item shows the meeting it was put to above the document itself:

    Standards Committee (WCC)
    Thursday 20 March 2031
    Meeting: Standards Committee (County Hall - Room 6 - 20/03/2031 14:00:00 PM)
    Item: B2 Minutes of the Meeting Held on 9 December 2030
    WYKE COUNTY COUNCIL
    AT A MEETING of the STANDARDS COMMITTEE held at County Hall on MONDAY 9 DECEMBER 2030

The file holds the minutes of the meeting the item names, not a record of the meeting
the page is about: when the item line cites minutes of meetings held on dates, and a
record's own sentence below it opens with one of those dates, that sentence names the
paper's meeting.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from ..model import Line
from .openings import Opening
from .text import plain

#: The page's item line citing minutes: "Item: B2 Minutes of the Meeting Held on D"
ITEM_CITES_MINUTES = re.compile(
    r"^Item:\s*\S{1,8}\s+(?:Draft\s+)?Minutes\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}Meetings?\s+"
    r"Held\s+on\s+(?P<dates>.{6,160})$",
    re.IGNORECASE,
)


def cited_record(lines: list[Line], held: Opening | None) -> Opening | None:
    """The record's own sentence `held` when an item line above it cites minutes of its
    meeting (see the module's docstring); None otherwise."""
    if held is None:
        return None
    for line in lines:
        if line.number >= held.line:
            return None
        cited = ITEM_CITES_MINUTES.match(plain(line.text).strip())
        if cited is not None and held.date in find_dates(cited["dates"]):
            return held
    return None
