"""A committee system's older meeting page: its "Committee Information" lines under the date.

ModernGov's older pages of a meeting's documents print the committee's name and the date,
then the system's information header once or twice, naming the body again with the
meeting's date and start in figures, then the venue:

    Harbour Board
    Tuesday, 4th March, 2014

    Kelbridge BC - Committee Information Harbour Board - 04/03/2014: 14:00:00
    Committee Information Harbour Board - 04/03/2014: 14:00:00
    COUNCIL CHAMBER, GUILDHALL, KELBRIDGE

The lines give the meeting's start; the venue is the line under them. The reader returns
None when the lines under the date are not laid out so.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import date_of_groups
from ..model import Line
from .text import plain

#: "X - Committee Information Y - 04/03/2014: 14:00:00": the body, the date and the start
INFO_LINE = re.compile(
    r"^.{0,160}?\bCommittee\s+Information\b.{0,160}?\s[-–]\s(?P<day>\d{2})/(?P<month>\d{2})/"
    r"(?P<year>(?:19|20)\d\d):?\s(?P<hour>[01]\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?$",
    re.IGNORECASE,
)
#: Most information lines printed under the date
MAX_INFO_LINES = 3
#: Lines under the date searched (blank lines between them included)
REACH = 8


def _when(match: re.Match[str]) -> tuple[dt.date, dt.time] | None:
    day = date_of_groups(match)
    if day is None:
        return None
    return day, dt.time(int(match["hour"]), int(match["minute"]))


def information_lines(lines: list[Line], i: int, date: dt.date) -> tuple[dt.time, int] | None:
    """The meeting's start and the index of the last information line, when the lines
    right under the dated line `i` are the page's information lines for `date`; else None."""
    time: dt.time | None = None
    last = i
    seen = 0
    for k in range(i + 1, min(len(lines), i + 1 + REACH)):
        text = plain(lines[k].text).strip()
        if not text:
            continue
        match = INFO_LINE.match(text) if len(text) <= 400 else None
        when = _when(match) if match else None
        if when is None or when[0] != date or seen >= MAX_INFO_LINES:
            break
        time, last, seen = when[1], k, seen + 1
    return None if time is None else (time, last)
