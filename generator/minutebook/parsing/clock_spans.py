"""A meeting's hours printed alone as a 24-hour start and end under its dated line.

A trust's or an authority's board minutes stack the date, the hours the meeting sat and
the venue on lines of their own: "Thursday 12 March 2019" over "13:30 – 16:00" over "The
Linden Suite, Orchard Road, Kelbridge". The start is the meeting's time; the line is no
venue. Both clocks must carry their minutes and a dash must part them, so a bare number
or a single "10.00" stays unread here.
"""

from __future__ import annotations

import datetime as dt
import re

#: A span's first 24-hour clock, its hour and minute named ("13:30", "09.30")
SPAN_START = r"(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)"
#: A span's last 24-hour clock ("16:00")
SPAN_END = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
#: "13:30 – 16:00", "09.30 - 16.00", "10:15–12:30 hrs": two 24-hour clocks and a dash
CLOCK_SPAN = re.compile(
    SPAN_START + r"\s{0,3}(?:hrs\s{0,3})?[-–—]\s{0,3}" + SPAN_END + r"(?:\s{0,3}hrs)?",
    re.IGNORECASE,
)


def clock_span_start(text: str) -> dt.time | None:
    """The start of a 24-hour span that is the whole line ("13:30 – 16:00"), else None."""
    span = CLOCK_SPAN.fullmatch(text.strip(" ,.;")) if len(text) <= 40 else None
    return dt.time(int(span["h"]), int(span["m"])) if span else None
