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
#: a lettered sub-item's code and title: "(a) APPOINTMENT OF LEADER"
SUB_ITEM = re.compile(r"^\((?P<code>[a-h])\)\s+(?P<title>[A-Z‘'\"].{0,150})$")
#: the minute's number alone on its line; a sub-item's letter alone ("a")
FIGURE = re.compile(r"^(?P<number>\d{1,4})$")
LETTER = re.compile(r"^(?P<number>[a-h])$")
#: a linked paper's marks around the title: "Pdf Minutes (71Kb)"
LINK_MARKS = re.compile(r"^Pdf\s+|\s*\(\d{1,6}\s?[KM]b\)$", re.IGNORECASE)
#: Non-blank lines of agenda text allowed between an item's line and its minute's number;
#: lines looked over for an item numbered as the figure (a long standard text between)
ITEM_TEXT_LINES = 4
ITEM_REACH = 40
#: fewest numbered minutes that show the page is printed so
MIN_MINUTES = 2


def _is_page(lines: list[Line]) -> bool:
    return any(page_date_line(lines, i) for i in range(min(len(lines), HEAD_LINES)))


def _item_above(lines: list[Line], i: int, number: str) -> tuple[int, str, str] | None:
    """The line index, code and title of the item printed at most ITEM_TEXT_LINES lines
    over the figure at `i` (or ITEM_REACH lines when its code is the figure itself, over a
    long agenda text), with no other figure between; None when there is none."""
    seen = 0
    for k in range(i - 1, max(-1, i - 1 - ITEM_REACH), -1):
        text = plain(lines[k].text).strip()
        if not text:
            continue
        if FIGURE.match(text) or LETTER.match(text):
            return None
        item = ITEM.match(text) or SUB_ITEM.match(text)
        if item is not None:  # the nearest item line: the figure's, or none is
            if seen < ITEM_TEXT_LINES or item["code"] == number:
                return k, item["code"], LINK_MARKS.sub("", item["title"]).strip()
            return None
        seen += 1
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
    """The minutes of a meeting details page, each headed at its number's line (at its
    item's line when the number repeats the item's code), with the item over it (a number
    whose item line is missing takes the agenda text on the line over it as its title,
    else none); a sub-item's letter alone under "(a) Title" heads a minute numbered with
    the letter, its item coded under the last number's ("3(a)"). [] unless the page is
    one, MIN_MINUTES numbers at least are found and, in any order, each is one more than
    another."""
    if not _is_page(lines):
        return []
    found: list[MinuteHeading] = []
    for i in range(start, len(lines)):
        text = plain(lines[i].text).strip()
        figure = FIGURE.match(text) or LETTER.match(text)
        if figure is None:
            continue
        number = figure["number"]
        item = _item_above(lines, i, number)
        if number.isalpha():  # "a" under "(a) Title": the last minute's sub-item
            if item is None or item[1] != number:
                continue
            numbered = [h for h in found if (h.number or "").isdigit()]
            if not numbered:
                continue
            parent = numbered[-1].item_code or numbered[-1].number
            found.append(MinuteHeading(item[0], number, item[2], f"{parent}({number})", True))
            continue
        if item is None:
            title = agenda_text_above(lines, i) or ""
            found.append(MinuteHeading(i, number, title, None, certain=True))
            continue
        index = item[0] if item[1] == number else i  # "2 Title" ... "2": the item's line
        found.append(MinuteHeading(index, number, item[2], item[1], certain=True))
    numbers = sorted(int(h.number or 0) for h in found if (h.number or "").isdigit())
    if len(numbers) < MIN_MINUTES or any(b != a + 1 for a, b in pairwise(numbers)):
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
