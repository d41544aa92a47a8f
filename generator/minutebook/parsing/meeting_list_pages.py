"""A committee system's page for one meeting (ModernGov's list of the meeting's documents),
printed to text.

The page opens with one line naming the committee and when it meets ("Health and
Wellbeing Board - Thursday 23 May 2024 10.00 am"; a meeting with a title of its own prints
it first: "Annual Council, Council - Monday 23rd May, 2016 7.45 pm"), the venue under it
("Venue: Kennet Room - County Hall. View directions"), the clerk's contact, then "No. Item"
and each item, its minute under a "Minutes:" label once the meeting has taken place. The
page is the meeting's one paper: minutes when it records, an agenda otherwise. Each reader
returns None when the page is not laid out so.
"""

from __future__ import annotations

import re

from ..dates import find_date, find_time
from ..model import DocumentKind, Line
from .content_kind import page_kind
from .openings import Opening
from .text import plain
from .web_item_pages import without_directions_link

#: "Cabinet - Monday 23rd May, 2016 7.45 pm": the committee, a dash, the weekday, the
#: date and the start time
TITLE_LINE = re.compile(
    r"^(?P<body>[A-Z][^\n]{2,150}?)\s[-–]\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s"
    r"(?P<when>\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]{3,9},?\s(?:19|20)\d\d,?\s"
    r"\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.))$",
    re.IGNORECASE,
)
#: the venue under the title line: "Venue: Council Chamber - Town Hall"
VENUE = re.compile(r"^Venue:\s*(?P<venue>\S.{0,200})$")
#: Lines of a file's head searched for the page's title line
HEAD_LINES = 4
#: Lines under the title line searched for the venue
VENUE_LINES = 3


def _title(lines: list[Line], i: int) -> re.Match[str] | None:
    """The title line's match at `i`, when a venue line follows within VENUE_LINES lines
    (the page prints one for every meeting, so the title alone is not enough)."""
    match = TITLE_LINE.match(plain(lines[i].text).strip())
    if match is None or find_date(match["when"]) is None:
        return None
    below = lines[i + 1 : i + 1 + VENUE_LINES]
    return match if any(VENUE.match(plain(ln.text).strip()) for ln in below) else None


def _body(printed: str) -> str:
    """The committee named on the title line: a meeting's own title before it is dropped
    ("Annual Council, Council" -> "Council") when that title ends with the committee's
    name."""
    head, sep, tail = printed.rpartition(", ")
    return tail if sep and head.lower().endswith(tail.lower()) else printed


def list_page_start(lines: list[Line], i: int) -> DocumentKind | None:
    """The page's kind when line `i` is its title line and the file's first text: minutes
    when it records (content_kind.page_kind), else an agenda; None when it is no such line
    or a heading over it ("Agenda and minutes") opens the page's paper instead."""
    if i >= HEAD_LINES or any(ln.text.strip() for ln in lines[:i]):
        return None
    if _title(lines, i) is None:
        return None
    return page_kind(lines[i:]) or DocumentKind.AGENDA


def list_page_opening(lines: list[Line]) -> Opening | None:
    """The meeting the page opens with: the committee, date and start time on its title
    line, the venue on the "Venue:" line under it."""
    for i in range(min(len(lines), HEAD_LINES)):
        match = _title(lines, i)
        if match is None:
            continue
        date = find_date(match["when"])
        if date is None:
            return None
        venue = None
        for line in lines[i + 1 : i + 1 + VENUE_LINES]:
            found = VENUE.match(plain(line.text).strip())
            if found is not None:
                venue = without_directions_link(found["venue"])
                break
        body = _body(match["body"].strip())
        return Opening(body, date, find_time(match["when"]), venue, lines[i].number)
    return None
