"""A council web page's "Meeting details" printed as a bulleted list of the meeting's fields.

Some councils' committee pages, saved or printed to text, give the meeting as a list
under the page's heading, one field a bullet, before its "Agenda Items":

    Meeting details
    - Fenby Area Committee
    - Fenby Area Committee 21/02/2031
    - 21 February 2031 - 10:00AM
    - Council Chamber, Town House, Mill Road, Fenby.
    - Contact: Ann Reid

The body is the first bullet (the second repeats it with the date in figures); the date
and start time the bullet that opens with a date in words and a dash; the venue the
bullet under that. The reader returns None when the page is not laid out so.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date, find_time
from ..model import Line
from ..vocabulary import MONTHS
from .openings import Opening
from .text import plain

#: the page's heading over the list
HEADING = re.compile(r"^Meeting\s+details$", re.IGNORECASE)
#: a bullet of the list: a dash or a dot before the field
BULLET = re.compile(r"^[-•·*]\s{1,3}(?P<field>\S.{0,300})$")
#: "21 February 2031 - 10:00AM", "3 March 2031 - 7.30 pm": the date and the start time
WHEN = re.compile(
    rf"^(?P<date>\d{{1,2}}\s(?:{MONTHS})\s(?:19|20)\d\d)\s[-–]\s"
    r"(?P<time>(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s?(?:[AaPp][Mm])?)$"
)
#: a bullet that is no venue: the officer to ask, the map's link, a postcode alone
NOT_VENUE = re.compile(
    r"^(?:Contact\b|Committee\s+Officer\b|[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b)"
)
#: Lines of the page's head searched for the heading
HEAD_LINES = 6
#: Bullets read under the heading
MAX_BULLETS = 8


def _time(match: re.Match[str]) -> dt.time:
    """The start time: on the 12-hour clock as `find_time` reads it, else the 24-hour."""
    return find_time(match["time"]) or dt.time(int(match["hour"]), int(match["minute"]))


def bulleted_detail_opening(lines: list[Line]) -> Opening | None:
    """The meeting a bulleted "Meeting details" list gives: its body, date, start time and
    venue; None when the head of the text is no such list."""
    head = next(
        (
            i
            for i in range(min(len(lines), HEAD_LINES))
            if HEADING.match(plain(lines[i].text).strip())
        ),
        None,
    )
    if head is None:
        return None
    bullets: list[tuple[int, str]] = []
    for line in lines[head + 1 : head + 1 + MAX_BULLETS * 2]:
        match = BULLET.match(plain(line.text).strip())
        if match is not None:
            bullets.append((line.number, match["field"].strip()))
    found = next(((k, m) for k, (_, field) in enumerate(bullets) if (m := WHEN.match(field))), None)
    if found is None or found[0] == 0:
        return None  # no date bullet, or no body's bullet above it
    when, match = found
    date = find_date(match["date"])
    if date is None:
        return None
    venue = None
    if when + 1 < len(bullets) and not NOT_VENUE.match(bullets[when + 1][1]):
        venue = bullets[when + 1][1].rstrip(".")
    number, body = bullets[0]
    return Opening(body, date, _time(match), venue, number)
