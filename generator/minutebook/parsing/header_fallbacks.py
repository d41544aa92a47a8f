"""What a record's opening leaves out, read from where else such papers print it.

Some records give the meeting's start time only in their closing note ("The meeting
commenced at 6.00 pm and closed at 7.40 pm"), and some their venue only in a note of
where the meeting sat ("The meeting commenced at 6.00 p.m. in the Council Chamber, Ashby
Town Hall."). The reader returns None when its layout is
absent; the opening's own words always win. (A venue printed under the opening is read
by `venues_under`.) A committee system's page prints the title and date line, then the
same date again with the time and place as labelled fields ("Place:" over its value):
those fields name the meeting's place more surely than the line under the date does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import TIME_PHRASE, find_date, find_field_time, find_time
from ..model import Line
from .bare_venues import PLACE_NOUN
from .openings import opening_fields
from .text import plain

#: the closing note's start time: "The meeting commenced at 6.00 pm and closed at ...",
#: "(The meeting, having commenced at 6.00 pm, closed at 7.42 pm)", "Meeting started at 2pm",
#: "Meeting started: 7.00 pm" (a label over "Meeting ended:", as London boroughs print it)
STARTED_AT = re.compile(
    r"\bmeeting\b[^.;:]{0,30}?\b(?:commenced|started|began|opened)(?:\s+at\s+|\s*:[ \t]*)"
    rf"(?P<time>{TIME_PHRASE.pattern})",
    re.IGNORECASE,
)


def closing_start_time(lines: list[Line], after: int) -> dt.time | None:
    """The start time a closing note gives ("The meeting commenced at 6.00 pm and closed at
    7.40 pm"), the last such note below line `after`; None when no note names a start."""
    found = None
    for line in lines:
        if line.number <= after:
            continue
        match = STARTED_AT.search(plain(line.text))
        if match is not None:
            found = find_time(match["time"])
    return found


#: the body a record says met somewhere: "The panel met at ...", "The Committee met in ..."
SITTING_BODY = r"(?:panel|committee|sub-committee|board|council|cabinet|authority|forum|commission)"
#: a note of where the meeting sat: "The meeting commenced at 6.00 p.m. in the Council
#: Chamber, Ashby Town Hall.", "The meeting was held in the Village Hall", "The meeting
#: took place at Elm House", "The panel met at the Civic Centre, Eastby." (no time); the
#: place runs to the sentence's end or to "and closed"
SAT_IN = re.compile(
    r"\bthe\s+(?:meeting\s+(?:(?:commenced|started|began|opened)(?:\s+at\s+"
    rf"(?:{TIME_PHRASE.pattern}))?|was\s+held|took\s+place)|{SITTING_BODY}\s+(?P<met>met))"
    r"\s+(?:in|at)\s+(?:the\s+)?"
    r"(?P<venue>[A-Z][^;]{2,100}?)(?:\s+and\s+(?:closed|ended|finished)\b|\.?$|\.\s)",
    re.IGNORECASE,
)


def stated_venue(lines: list[Line], after: int) -> str | None:
    """The venue a note of where the meeting sat names, the first such note below line
    `after`; None when no note names a place (a time alone, "at 6.00 pm", is none; what a
    body "met in" names a building, or it is no place)."""
    for line in lines:
        if line.number <= after:
            continue
        match = SAT_IN.search(plain(line.text))
        if match is None or not match["venue"][:1].isupper():
            continue
        if match["met"] and not PLACE_NOUN.search(match["venue"]):
            continue  # "The panel met in January": a body meets at a building
        return match["venue"].strip(" ,")
    return None


#: Lines under the opening's line searched for its labelled fields
FIELD_REACH = 12
#: The labels of a meeting's place, in the order preferred
PLACE_LABELS = ("venue", "place", "location", "where")


@dataclass(frozen=True)
class FieldDetails:
    """The time and place labelled fields under an opening's line give."""

    time: dt.time | None
    venue: str | None


def field_details(lines: list[Line], after: int, date: dt.date | None) -> FieldDetails | None:
    """The time and place that labelled fields under the opening's line give ("Time:" /
    "6.00pm" / "Place:" / "Committee Room B, Town Hall", or "Venue: Town Hall" on one
    line); None when the few lines under it hold neither, or their "Date:" field is
    another day's."""
    head = [
        (k, line)
        for k, line in enumerate(lines)
        if line.text.strip() and after < line.number <= after + FIELD_REACH
    ]
    fields = opening_fields(head)
    dated = fields.get("date")
    if dated is not None and date is not None and find_date(dated[2]) not in (None, date):
        return None
    venue = next((v for k in PLACE_LABELS if k in fields and (v := fields[k][2].strip())), None)
    time = find_field_time(fields["time"][2]) if "time" in fields else None
    return FieldDetails(time, venue) if time or venue else None
