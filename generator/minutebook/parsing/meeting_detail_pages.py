"""A committee system's "Meeting Details" page (CMIS), printed or saved to text.

Councils, fire authorities and police and crime panels that publish through CMIS show each
meeting on a page that opens with the body's name, then the date with the month cut to
three letters and the start and end times on the 24-hour clock ("14 Nov 2018 - 14:00 to
15:00"), then the page's tabs ("Documents", "Attendance", "Visitors") and the agenda, each
item's text followed by its minute once the meeting has taken place. The page is the
meeting's one paper: its "Documents" tab's "Agenda" heading opens no agenda of its own,
and the page's headings a saved page kept above the body's name ("Meeting Details", then
"Meeting Summary") are its first lines, not a paper of their own. Each reader returns
None when the page is not laid out so.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import DocumentKind, Line
from .content_kind import page_kind
from .openings import Opening
from .text import plain

#: "14 Nov 2018 - 14:00 to 15:00", "20 Jul 2017 - 14:30" (the end time may be missing)
DATE_SPAN = re.compile(
    r"^(?P<day>\d{1,2})\s(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s"
    r"(?P<year>(?:19|20)\d\d)\s[-–]\s(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)"
    r"(?:\sto\s(?:[01]?\d|2[0-3]):[0-5]\d)?$"
)
#: the page's headings over the body's name ("Meeting Details", and the panel's "Meeting
#: Summary" under it), kept with the page when a saved page printed them
PAGE_HEADING = re.compile(r"^Meeting\s+(?:Details|Summary)$", re.IGNORECASE)
#: Most page headings stacked above the title line
MAX_HEADINGS = 2
#: Longest body name read from the page's title line
MAX_TITLE = 150
#: Blank lines allowed between the title line and the date line
TITLE_GAP = 2
#: Lines of a file's head searched for the page's date line
HEAD_LINES = 12
#: the page's tabs and its documents' heading, in the lines under the date
TAB = re.compile(
    r"^(?:[•·*-]\s*)?(?:Documents|Attendance|Members|Attendees|Visitors|"
    r"Declarations of Interests?|Agenda|Occurred|Meeting Details)$",
    re.I,
)
#: Non-blank lines under the date line that may still be the page's tabs
TAB_LINES = 10


def _date(match: re.Match[str]) -> dt.date | None:
    try:
        return dt.datetime.strptime(
            f"{match['day']} {match['month'][:3]} {match['year']}", "%d %b %Y"
        ).date()
    except ValueError:
        return None


def title_above(lines: list[Line], i: int) -> int | None:
    """The index of the page's title line above the date line at `i`: the nearest line
    with text, at most TITLE_GAP blank lines up, short and no sentence; None otherwise."""
    for k in range(i - 1, max(-1, i - 2 - TITLE_GAP), -1):
        text = plain(lines[k].text).strip()
        if not text:
            continue
        if len(text) > MAX_TITLE or text.endswith(".") or PAGE_HEADING.match(text):
            return None
        return k if text[:1].isalpha() else None
    return None


def page_date_line(lines: list[Line], i: int) -> tuple[int, re.Match[str]] | None:
    """The title line's index and the date line's match, when line `i` is the page's date
    line under its title; else None."""
    match = DATE_SPAN.match(plain(lines[i].text).strip())
    if match is None or _date(match) is None:
        return None
    title = title_above(lines, i)
    return None if title is None else (title, match)


def heading_above(lines: list[Line], title: int) -> int:
    """The index of the page's own headings ("Meeting Details", "Meeting Summary") when a
    saved page kept them right above its title line (each at most TITLE_GAP blank lines
    over the next), so the paper starts at the topmost and no heading opens a paper of its
    own; else the title line's index."""
    start = title
    for _ in range(MAX_HEADINGS):
        above = _heading_over(lines, start)
        if above is None:
            break
        start = above
    return start


def _heading_over(lines: list[Line], k: int) -> int | None:
    """The index of a page heading just above line `k` (blank lines aside), or None."""
    for j in range(k - 1, max(-1, k - 2 - TITLE_GAP), -1):
        text = plain(lines[j].text).strip()
        if text:
            return j if PAGE_HEADING.match(text) else None
    return None


def page_start(lines: list[Line], i: int) -> tuple[int, DocumentKind] | None:
    """Where the page's paper starts (its title line, or the page's heading kept above it)
    and its kind, when line `i` is the date line of a meeting details page; else None. A
    page that records the meeting (content_kind.page_kind) is minutes, each minute
    numbered by a figure alone under the item's agenda text (read by page_minute_numbers);
    any other page is an agenda."""
    found = page_date_line(lines, i)
    if found is None:
        return None
    return heading_above(lines, found[0]), page_kind(lines[i:]) or DocumentKind.AGENDA


def meeting_detail_opening(lines: list[Line]) -> Opening | None:
    """The meeting a details page opens with: the body on its title line, the date and
    start time on the line under it; no venue is printed there."""
    for i in range(min(len(lines), HEAD_LINES)):
        found = page_date_line(lines, i)
        if found is None:
            continue
        title, match = found
        date = _date(match)
        if date is None:
            return None
        body = plain(lines[title].text).strip()
        time = dt.time(int(match["hour"]), int(match["minute"]))
        return Opening(body, date, time, None, lines[title].number)
    return None


def among_page_tabs(lines: list[Line], i: int) -> bool:
    """Whether line `i` is in the tabs under a details page's date line (the "Agenda"
    heading of its "Documents" tab), which open no paper of their own."""
    seen = 0
    for k in range(i - 1, -1, -1):
        text = plain(lines[k].text).strip()
        if not text:
            continue
        if page_date_line(lines, k) is not None:
            return True
        seen += 1
        if seen > TAB_LINES or not TAB.match(text):
            return False
    return False
