"""A committee system's document name heading the paper: "MINUTES - Council 20150304 19:00".

An older committee system names each paper it publishes by its kind, the body, the
meeting's date in eight figures (year, month, day) and its time on the 24-hour clock,
and prints that name at the paper's head, under its own page heading ("Meeting
documents") and the date in words:

    Meeting documents

    Wednesday, 4 March 2015

    MINUTES - Planning Committee 20150304 19:00

    Location: Council Chamber, Wyke House

Where no other opening names the meeting (a page title "Meeting of X on D" above it),
the name's line is the opening: the body as printed, the date and the time. The venue
comes from the "Location:" line under it, when there is one.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import date_of_groups
from ..model import Line
from .openings import Opening, opening_lines
from .text import plain

#: "MINUTES - Council 20150304 19:00": the kind, a dash, the body, eight figures and a time
DOCUMENT_NAME = re.compile(
    r"^(?:MINUTES|AGENDA|DECISIONS?)\s{1,3}[-–]\s{1,3}(?P<body>[A-Z][^\d]{1,100}?)\s{1,3}"
    r"(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)"
    r"(?:\s{1,3}(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?$"
)
#: "Location: Council Chamber, Wyke House": the venue's line under the name
LOCATION = re.compile(r"^Location\s{0,2}:\s{0,3}(?P<venue>\S.{0,150})$")
#: Non-blank lines under the name searched for its "Location:"
LOCATION_REACH = 2


def document_name_opening(lines: list[Line]) -> Opening | None:
    """The meeting a committee system's document name at the paper's head gives; None
    when the first lines hold no such name (or its figures are no date)."""
    filled = opening_lines(lines)
    for k, (_, line) in enumerate(filled):
        match = DOCUMENT_NAME.match(plain(line.text).strip())
        if match is None:
            continue
        date = date_of_groups(match)
        if date is None:
            return None
        time = dt.time(int(match["hour"]), int(match["minute"])) if match["hour"] else None
        venue = None
        for _, below in filled[k + 1 : k + 1 + LOCATION_REACH]:
            located = LOCATION.match(plain(below.text).strip())
            if located is not None:
                venue = located["venue"].strip()
                break
        return Opening(match["body"].strip(), date, time, venue, line.number)
    return None
