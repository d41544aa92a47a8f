"""A record's opening printed as three lines: its title, the venue, the date and times.

Some authorities (Welsh fire and rescue authorities among them) print no sentence at the
head of their minutes, only a stack of lines:

    MINUTES OF THE FIRE AUTHORITY MEETING
    Committee Room 2, Headquarters, Fenby
    9 JUNE 2019              10.00 – 12.15              88%

the body named in the title ("the Fire Authority", the letterhead's authority), the venue
alone on the next line, then the date with the meeting's start and end and, in a further
column, the share of members who attended. The date line's times are a span: the first is
when the meeting began (a 24-hour clock, as a span's end shows), and the percentage is no
venue. The title's line is the opening's line.

A conversion that loses the stack's line breaks runs the three lines into one:
"MINUTES OF THE FIRE AUTHORITY MEETING Committee Room 2, Headquarters, Fenby 9 JUNE 2019
10.00 – 12.15 88%". The title in capitals ends at "MEETING", the venue in mixed case runs
to the date, and the rest is read as the stack's date line.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date, find_time
from ..model import Line
from .clock_spans import SPAN_END, SPAN_START
from .openings import DATE_SPAN, Opening, strip_article
from .text import plain

#: "MINUTES OF THE FIRE AUTHORITY MEETING": the title alone, the body before "meeting"
TITLE = re.compile(
    r"^minutes\s+of\s+(?:the\s+|a\s+)?(?P<body>[A-Za-z][A-Za-z'’&,. -]{2,100}?)\s+meeting$",
    re.IGNORECASE,
)
#: the stack run into one line: the title in capitals, then the venue up to the date
RUN_ON = re.compile(
    r"^MINUTES\s+OF\s+(?:THE\s+|A\s+)?(?P<body>[A-Z][A-Z'’&,. -]{2,100}?)\s+MEETING\s+"
    # never "OF X COUNCIL": "MINUTES OF THE ORDINARY MEETING OF PARISH COUNCIL" names a body
    r"(?!OF\s)(?P<venue>[A-Z][A-Za-z0-9'’&,. ()-]{3,100}?)\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z])"
)
#: "10.30 – 12.40": the meeting's start and end after the date
SPAN = re.compile(
    r"^[\s,]*(?:from\s+)?" + SPAN_START + r"\s{0,3}(?:[-–—]|to)\s{0,3}" + SPAN_END + r"\b",
    re.IGNORECASE,
)
#: A venue line: a place's words and commas, no label, no figures but a room's number
VENUE = re.compile(r"^[A-Z][A-Za-z0-9'’&,. ()-]{3,100}$")
#: Non-blank lines of the opening searched for the title
REACH = 20


def _nonblank(lines: list[Line], start: int, count: int) -> list[Line]:
    found: list[Line] = []
    for line in lines[start:]:
        if line.text.strip():
            found.append(line)
            if len(found) == count:
                break
    return found


def _time(rest: str) -> dt.time | None:
    span = SPAN.match(rest)
    if span is not None:
        return dt.time(int(span["h"]), int(span["m"]))
    return find_time(rest)


def stacked_opening(lines: list[Line]) -> Opening | None:
    """The meeting of a title / venue / dated line stack; None for any other opening."""
    seen = 0
    for i, line in enumerate(lines):
        text = plain(line.text).strip()
        if not text:
            continue
        seen += 1
        if seen > REACH:
            return None
        run_on = _run_on(text, line.number)
        if run_on is not None:
            return run_on
        title = TITLE.match(text)
        if title is None:
            continue
        below = _nonblank(lines, i + 1, 2)
        if len(below) < 2:
            return None
        venue, dated = plain(below[0].text).strip(), plain(below[1].text).strip()
        if not VENUE.match(venue) or find_date(venue) is not None:
            return None
        span = DATE_SPAN.match(dated)
        date = find_date(span.group(0)) if span else None
        if span is None or date is None:
            return None
        body = strip_article(title["body"].strip())
        return Opening(body, date, _time(dated[span.end() :]), venue, line.number)
    return None


def _run_on(text: str, number: int) -> Opening | None:
    """The meeting of a stack printed on one line (see RUN_ON), or None."""
    run_on = RUN_ON.match(text)
    if run_on is None:
        return None
    venue, dated = run_on["venue"].strip(), text[run_on.end() :]
    span = DATE_SPAN.match(dated)
    date = find_date(span.group(0)) if span else None
    if span is None or date is None or not VENUE.match(venue) or find_date(venue):
        return None
    body = strip_article(run_on["body"].strip())
    return Opening(body, date, _time(dated[span.end() :]), venue, number)
