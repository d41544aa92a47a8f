"""A record's start time (and place) printed away from its opening, in three layouts.

- a line of its own under the opening giving the sitting's span or start: "10.00 am -
  11.35 am", "7.00 pm";
- the span printed at the foot beside the chairman's signature, the meridiem only once:
  "2.00 - 3.10 pm                CHAIRMAN";
- a sentence saying where the body met and when it began: "The panel met at the
  Conference Room, Wolds Gate, Brantingby, commencing at 10.00 am.";
- an agenda's title and date printed again, with the time and place, under its cover;
- a line of its own after the attendance giving the place and the sitting's span:
  "Council Chamber, County Hall, Caerwen - 10.30 a.m. - 12.45 p.m.".

Each reader returns None when its layout is absent; the opening's own words always win.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..dates import CLOCK_RANGE_BODY, TIME_PHRASE, find_time, range_start_of
from ..model import Line
from .dated_title_openings import dated_title_opening
from .openings import DATE_LABELS, TIME_LABELS, Opening
from .text import plain

#: Non-blank lines under an opening searched for a time of its own
UNDER_LINES = 3
#: Non-blank lines at a record's foot searched for the sitting's span
FOOT_LINES = 12

#: a sitting's span alone: "10.00 am - 11.35 am", "2.00 - 3.10 pm", "6.30pm to 8.05pm"
TIME_RANGE = re.compile(rf"^{CLOCK_RANGE_BODY}", re.IGNORECASE)
#: what may stand beside the span at the foot: the signature's label
FOOT_LABEL = re.compile(r"^(?:chair(?:man|woman|person)?|signed|date)?\s*$", re.IGNORECASE)
#: "The panel met at the Conference Room, Wolds Gate, Brantingby, commencing at 10.00 am"
MET_AT = re.compile(
    r"\b(?:panel|committee|sub-committee|board|council|cabinet|authority|forum|meeting)\s+"
    r"met\s+(?:at|in)\s+(?:the\s+)?(?P<venue>[A-Z][^;.]{2,150}?),?\s+"
    rf"(?:commencing|starting|beginning)\s+at\s+(?P<time>{TIME_PHRASE.pattern})",
    re.IGNORECASE,
)
#: Longest paragraph (in lines) joined to read a "met at" sentence
MAX_PARAGRAPH = 4


def range_start(text: str) -> dt.time | None:
    """The start of a span printed alone: "10.00 am - 11.35 am" -> 10:00; "2.00 - 3.10 pm"
    -> 14:00 (the start takes the end's meridiem unless it would fall after the end);
    None when the text is no span."""
    match = TIME_RANGE.match(text.strip())
    return None if match is None else range_start_of(match)


def time_line_under(lines: list[Line], after: int) -> dt.time | None:
    """The start a line of its own under the opening gives ("10.00 am - 11.35 am", "7.00
    pm"); None when the lines under line `after` print no time alone."""
    below = [ln for ln in lines if ln.number > after and ln.text.strip()]
    for line in below[:UNDER_LINES]:
        text = plain(line.text).strip(" ,;")
        span = TIME_RANGE.match(text)
        if span is not None and not text[span.end() :].strip(" ,.;"):
            return range_start(text)
        if TIME_PHRASE.fullmatch(text) or TIME_PHRASE.fullmatch(text.rstrip(".")):
            return find_time(text)
    return None


def foot_time_range(lines: list[Line], after: int) -> dt.time | None:
    """The start of the span printed at the record's foot beside the signature ("2.00 -
    3.10 pm      CHAIRMAN"); None when the last lines print none."""
    below = [ln for ln in lines if ln.number > after and ln.text.strip()]
    for line in reversed(below[-FOOT_LINES:]):
        text = plain(line.text).strip()
        match = TIME_RANGE.match(text)
        if match is not None and FOOT_LABEL.match(text[match.end() :].strip()):
            return range_start(text)
    return None


def _paragraphs(lines: list[Line], after: int) -> list[str]:
    """Paragraphs below line `after`, each its lines joined (at most MAX_PARAGRAPH)."""
    found: list[str] = []
    run: list[str] = []
    for line in lines:
        if line.number <= after:
            continue
        text = plain(line.text).strip()
        if text and len(run) < MAX_PARAGRAPH:
            run.append(text)
            continue
        if run:
            found.append(" ".join(run))
        run = [text] if text else []
    if run:
        found.append(" ".join(run))
    return found


def met_at(lines: list[Line], after: int) -> tuple[dt.time, str] | None:
    """The start and place of "The panel met at V, commencing at T" below line `after`, the
    first such sentence; None when no paragraph says so."""
    for paragraph in _paragraphs(lines, after):
        match = MET_AT.search(paragraph)
        if match is None:
            continue
        time = find_time(match["time"])
        if time is not None:
            return time, match["venue"].strip(" ,")
    return None


#: "Council Chamber, County Hall, Caerwen - 10.30 a.m. - 12.45 p.m.", "Chamber, - County
#: Hall, Ashby: 11.00 am - 12.30 pm": a place, a dash or colon, then the sitting's span
PLACE_AND_SPAN = re.compile(
    r"^(?P<venue>[A-Z][^.;:()]{2,150}?)\s{0,3}[-–—:]\s{1,3}(?P<span>\d{1,2}[.:][0-5]\d.{0,40})$"
)
#: Non-blank lines under a record's opening searched for its place-and-span line
PLACE_SPAN_LINES = 40
#: a numbered minute: the business has begun, so the record's head is over
MINUTE_START = re.compile(r"^\d{1,3}[.)]?\s+[A-Z]")


def place_and_span(lines: list[Line], after: int) -> tuple[dt.time, str] | None:
    """The start and place of a line printed alone in a record's head, after who attended
    and before the first minute, naming the place and the sitting's span (as Welsh
    councils' minutes print it); None when the head prints none."""
    below = [ln for ln in lines if ln.number > after and ln.text.strip()]
    for line in below[:PLACE_SPAN_LINES]:
        text = plain(line.text).strip()
        if MINUTE_START.match(text):
            return None
        match = PLACE_AND_SPAN.match(text)
        if match is None:
            continue
        if match["venue"].strip().lower() in (*TIME_LABELS, *DATE_LABELS):
            continue  # "Time: 7.00 - 9.25 pm": a labelled field, no place
        span = match["span"].strip(" ,.;")
        found = TIME_RANGE.match(span)
        start = range_start(span) if found and not span[found.end() :].strip(" .") else None
        if start is not None:
            venue = re.sub(r",\s{0,3}[-–—]\s{1,3}", ", ", match["venue"]).strip(" ,-–—")
            return start, venue
    return None


#: Later dated title lines tried for the time and place an agenda's cover leaves out
MAX_REPEATS = 3


def fuller_repeat(lines: list[Line], opening: Opening) -> Opening:
    """An agenda's opening with the time and venue of the same title and date printed again
    further down ("Severnmarch Police and Crime Panel / Thursday, 19 August 2021" on the
    cover, "... / Thursday, 19 August 2021, 10.30 am / Council Chamber" on the next page);
    the opening unchanged when it names either or no repeat of its date gives them."""
    if opening.time is not None or opening.venue or opening.venue_blank:
        return opening
    start = opening.line
    for _ in range(MAX_REPEATS):
        rest = [ln for ln in lines if ln.number > start]
        found = dated_title_opening(rest)
        if found is None or found.date != opening.date:
            return opening
        if found.time is not None or found.venue:
            return replace(opening, time=found.time, venue=found.venue)
        start = found.line
    return opening
