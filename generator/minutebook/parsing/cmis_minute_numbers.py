"""Minute numbers printed alone under their agenda item on a CMIS meeting page.

A CMIS "Meeting Details" page lists the agenda's items, each a line of its code and
title, the agenda's wording under it, then the minute's running number alone on a line
and the minute's text:

    2 Election of Vice Chair
    To elect a Vice Chair of the Authority.
    214
    RESOLVED that Cllr A Reid be elected Vice Chair.

The number alone is the minute's (journalists cite "minute 214"), the code before the
title is the agenda item's ("item 2"). `item_minute_numbers` reads the page so when at
least `MIN_PAIRS` items are followed, within `MAX_LINES_BELOW` lines, by a number alone
that rises by one or two from the last: a page number or a count never keeps that pace
under item titles.
"""

from __future__ import annotations

import re

from ..model import Line
from .minute_headings import MinuteHeading, looks_like_title

#: "2 Election of Vice Chair", "2 Pdf Minutes (71Kb)": an item's code and its title (the
#: link's file type and size kept off the title)
ITEM_LINE = re.compile(
    r"^(?P<code>\d{1,2}[a-z]?)\.?[ \t]+(?:Pdf[ \t]+)?(?P<title>[A-Z][^\t]{1,150}?)"
    r"(?:[ \t]*\(\d{1,5}\s?[KM]b\))?$"
)
#: a minute's running number alone on its line
NUMBER_ALONE = re.compile(r"^(?P<number>\d{1,4})$")
#: Lines below an item's title where its minute number may stand (the agenda's wording)
MAX_LINES_BELOW = 3
#: Fewest items with their minute numbers that show the page prints them so
MIN_PAIRS = 3
#: The most a minute number rises from one item's to the next's (an item's line lost)
MAX_RISE = 2


def _number_below(lines: list[Line], i: int) -> int | None:
    """The index of the number alone among the lines with text under item line `i`,
    before the next item's line; None when there is none."""
    seen = 0
    for k in range(i + 1, len(lines)):
        text = lines[k].text.strip()
        if not text:
            continue
        if NUMBER_ALONE.match(text):
            return k
        seen += 1
        if seen >= MAX_LINES_BELOW or ITEM_LINE.match(text):
            return None
    return None


def item_minute_numbers(lines: list[Line], start: int = 0) -> list[MinuteHeading]:
    """Each item's minute, at its number's line, numbered as printed alone and coded with
    the item's code; [] unless the page prints its minutes so (see the module)."""
    found: list[MinuteHeading] = []
    last: int | None = None
    for i in range(start, len(lines)):
        item = ITEM_LINE.match(lines[i].text.strip())
        if item is None or not looks_like_title(item["title"].strip()):
            continue
        k = _number_below(lines, i)
        if k is None:
            continue
        number = int(lines[k].text.strip())
        if last is not None and not 0 < number - last <= MAX_RISE:
            return []
        last = number
        found.append(MinuteHeading(k, str(number), item["title"].strip(), item["code"], True))
    return found if len(found) >= MIN_PAIRS else []
