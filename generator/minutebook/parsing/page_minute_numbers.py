"""The minutes of a committee system's "Meeting Details" page, numbered under each item.

A CMIS page that records its meeting (see meeting_detail_pages) prints each agenda item's
code and title ("4 Declarations of Interest"), the item's agenda text, then the minute's
own number alone on a line ("180") and the minute under it. The numbers run through the
authority's year ("177", "178", ...), so they differ from the item codes. Read by the
numbered forms, the item codes would head the minutes and the date line's day would head
one more; `page_minutes` reads the figures alone instead, each with the item over it, and
only on such a page and when the figures run on from one to the next. They may be printed
out of order: an item taken early at the meeting keeps its agenda place on the page and
its minute's number ("2 Minutes" over "3", "3 Declarations of Interest" over "2").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..model import Line
from .meeting_detail_pages import HEAD_LINES, page_date_line
from .minute_headings import MinuteHeading
from .text import plain

#: an item's code and title: "4 Declarations of Interest", "2 Pdf Minutes (71Kb)"
ITEM = re.compile(r"^(?P<code>\d{1,3}[a-z]?)\s+(?P<title>[A-Z‘'\"].{0,150})$")
#: the minute's number alone on its line
FIGURE = re.compile(r"^(?P<number>\d{1,4})$")
#: a linked paper's marks around the title: "Pdf Minutes (71Kb)"
LINK_MARKS = re.compile(r"^Pdf\s+|\s*\(\d{1,6}\s?[KM]b\)$", re.IGNORECASE)
#: Non-blank lines of agenda text allowed between an item's line and its minute's number
ITEM_TEXT_LINES = 4
#: fewest numbered minutes that show the page is printed so
MIN_MINUTES = 2


def _is_page(lines: list[Line]) -> bool:
    return any(page_date_line(lines, i) for i in range(min(len(lines), HEAD_LINES)))


def _item_above(lines: list[Line], i: int) -> tuple[str, str] | None:
    """The code and title of the item printed at most ITEM_TEXT_LINES lines over the
    figure at `i`, with no other figure between; None when there is none."""
    seen = 0
    for k in range(i - 1, -1, -1):
        text = plain(lines[k].text).strip()
        if not text:
            continue
        if FIGURE.match(text):
            return None
        item = ITEM.match(text)
        if item is not None:
            return item["code"], LINK_MARKS.sub("", item["title"]).strip()
        seen += 1
        if seen >= ITEM_TEXT_LINES:
            return None
    return None


#: the agenda's standard text of the previous minutes' item: "To confirm the minutes of
#: the meeting held on D.", "To approve as a correct record the minutes of ..."
AGENDA_TEXT = re.compile(
    r"^(?P<title>To\s(?:confirm|approve|agree)\b[^.]{0,60}?\bminutes\sof\b[^.]{3,160})\.$"
)


def agenda_text_above(lines: list[Line], i: int) -> str | None:
    """The previous minutes' agenda text printed on the line over the figure at `i` ("To
    confirm the minutes of the meeting held on D."), its full stop taken off: the title of
    a minute whose item line the page lost; None when the line over it is blank or any
    other agenda text (a minute with no item line keeps no title then)."""
    if i < 1:
        return None
    above = AGENDA_TEXT.match(plain(lines[i - 1].text).strip())
    return above["title"].strip() if above else None


def page_minutes(lines: list[Line], start: int = 0) -> list[MinuteHeading]:
    """The minutes of a meeting details page, each headed at its number's line, with the
    item over it (a number whose item line is missing takes the agenda text on the line
    over it as its title, else none); [] unless the page
    is one, MIN_MINUTES numbers at least are found and, in any order, each is one more than
    another."""
    if not _is_page(lines):
        return []
    found: list[MinuteHeading] = []
    for i in range(start, len(lines)):
        figure = FIGURE.match(plain(lines[i].text).strip())
        if figure is None:
            continue
        item = _item_above(lines, i)
        code, title = item if item is not None else (None, agenda_text_above(lines, i) or "")
        found.append(MinuteHeading(i, figure["number"], title, code, certain=True))
    numbers = sorted(int(h.number or 0) for h in found)
    if len(found) < MIN_MINUTES or any(b != a + 1 for a, b in pairwise(numbers)):
        return []
    if not any(h.item_code for h in found):
        return []
    return found


def with_repeated_item_numbers(
    lines: list[Line], found: list[MinuteHeading]
) -> list[MinuteHeading]:
    """The headings with the agenda item they minute, when the page prints the item's
    code and title ("2 Declarations of Interest"), its agenda text, then the same number
    alone on a line over the minute ("2"): a meeting details page whose minutes are
    numbered as its items (its date line may be cut off). Each heading is checked within
    ITEM_TEXT_LINES lines of text below it, up to the next heading; the headings are
    returned unchanged unless MIN_MINUTES of them are so repeated."""
    marked: list[MinuteHeading] = []
    for n, heading in enumerate(found):
        end = found[n + 1].index if n + 1 < len(found) else len(lines)
        item = ITEM.match(plain(lines[heading.index].text).strip())
        repeated = item is not None and item["code"] == heading.number
        if repeated and heading.item_code is None and _figure_below(lines, heading, end):
            marked.append(replace(heading, item_code=heading.number))
        else:
            marked.append(heading)
    changed = sum(a is not b for a, b in zip(found, marked, strict=True))
    return marked if changed >= MIN_MINUTES else found


def _figure_below(lines: list[Line], heading: MinuteHeading, end: int) -> bool:
    """The heading's number alone on a line at most ITEM_TEXT_LINES lines of text below it,
    before `end`."""
    seen = 0
    for k in range(heading.index + 1, min(end, len(lines))):
        text = plain(lines[k].text).strip()
        if not text:
            continue
        if text == heading.number:
            return True
        seen += 1
        if seen > ITEM_TEXT_LINES:
            return False
    return False
