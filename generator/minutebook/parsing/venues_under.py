"""The venue printed on a line of its own under a meeting's opening that names none.

Papers print it in three ways, each read by one function that returns None when its
layout is absent:

- a labelled line: "Held at: Committee Room 3, Town Hall", "Venue:<TAB>The Guildhall";
- the attendance label naming the room: "Present in the Council Chamber, Ashby House:";
- an unlabelled place line under the sentence that dates the meeting ("Minutes of the
  meeting held on Wednesday 11 October 2023, 4.30pm – 6.15pm" / "Virtual meeting via
  Microsoft Teams").

`venue_under` tries the first two under any opening; `venue_under_dating_line` is the
record's fallback when its opening was a dating sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date, find_field_time
from ..model import Line
from .openings import (
    DATE_SPAN,
    FORMULA,
    TIME_LABELS,
    TIME_SPAN,
    VENUE_LABELS,
    line_fields,
    strip_article,
)
from .text import plain

#: "Present in the Council Chamber, Ashby House:": the attendance label naming the room
#: the members sat in (the place starts with a capital: "Present at the meeting:" is none)
PRESENT_IN = re.compile(r"^present\s+(?:in|at)\s+(?:the\s+)?(?P<venue>[^:]{3,120}):$", re.I)
#: what "Present in ...:" may say that is no place
NOT_A_PLACE = re.compile(r"^(?:meeting|hearing|person|attendance)\b", re.IGNORECASE)
#: Non-blank lines under an opening searched for its venue
VENUE_UNDER_LINES = 3


def labelled_venue_under(text: str) -> str | None:
    """'Held at: Committee Room 3, Ashby Civic Centre' (or 'Venue:', 'Place:') printed under
    a dated line, alone or beside the time ('Time: 7.00 p.m.   Place: Room A'): the venue;
    else None."""
    placed = next((value for label, value in line_fields(text) if label in VENUE_LABELS), None)
    if placed is None:
        return None
    venue = strip_article(placed)
    return venue if venue and len(venue) <= 120 else None


def time_under(lines: list[Line], line_number: int) -> dt.time | None:
    """The time printed in a 'Time:' field on a line just under an opening that gives
    none ('Minutes of the meeting held on D' / 'Time: 7.00 p.m.   Place: Room A')."""
    below = [ln for ln in lines if ln.number > line_number and ln.text.strip()]
    for line in below[:VENUE_UNDER_LINES]:
        for label, value in line_fields(plain(line.text)):
            if label in TIME_LABELS and (time := find_field_time(value)) is not None:
                return time
    return None


def present_in_venue(text: str) -> str | None:
    """'Present in the Council Chamber, Ashby House:' opening the attendance list: the
    venue the opening did not name; else None."""
    found = PRESENT_IN.match(text.replace("\t", " "))
    if found is None:
        return None
    venue = strip_article(found["venue"])
    return venue if venue[:1].isupper() and not NOT_A_PLACE.match(venue) else None


def venue_under(lines: list[Line], line_number: int) -> str | None:
    """The venue printed on a line of its own under an opening that names none, as a
    labelled line or as the room the members were present in."""
    below = [ln for ln in lines if ln.number > line_number and ln.text.strip()]
    for line in below[:VENUE_UNDER_LINES]:
        text = plain(line.text).strip()
        venue = labelled_venue_under(text) or present_in_venue(text)
        if venue is not None:
            return venue
    return None


#: words that make a short line a place: a room, a building, a remote meeting
PLACE_WORD = re.compile(
    r"\b(?:room|chamber|hall|house|centre|center|offices?|building|library|suite|hub|"
    r"pavilion|civic|court|school|academy|college|church|teams|zoom|virtual(?:ly)?|"
    r"remote(?:ly)?|online|webex)\b",
    re.IGNORECASE,
)
#: Lines under the dating line looked at for the venue
VENUE_REACH = 2
#: Longest venue line; a longer line is prose
MAX_VENUE = 80


def _ends_on_when(text: str) -> bool:
    """Whether a line stops at its date or time: nothing (no venue) follows them."""
    text = text.rstrip(" ,.;")
    ends = [m.end() for m in DATE_SPAN.finditer(text)] + [m.end() for m in TIME_SPAN.finditer(text)]
    return bool(ends) and max(ends) >= len(text)


def venue_under_dating_line(lines: list[Line], start: int, date: dt.date) -> str | None:
    """The venue printed alone under the line that dates the meeting ('... held on
    Wednesday 11 October 2023, 4.30pm – 6.15pm' / 'Virtual meeting via Microsoft Teams'):
    the dating line must end on its date or time, and the line below must be short, carry
    no label or full stop, and name a place."""
    index = {ln.number: k for k, ln in enumerate(lines)}
    k = index.get(start)
    if k is None:
        return None
    dating = next(
        (j for j in range(k, min(k + 3, len(lines))) if find_date(plain(lines[j].text)) == date),
        None,
    )
    if dating is None or not _ends_on_when(plain(lines[dating].text)):
        return None
    below = [plain(ln.text).strip() for ln in lines[dating + 1 : dating + 1 + VENUE_REACH]]
    text = next((t for t in below if t), "")
    if not text or len(text) > MAX_VENUE or text.endswith(".") or ":" in text:
        return None
    if text[:1].isdigit() or FORMULA.fullmatch(text) or not PLACE_WORD.search(text):
        return None
    return text


#: a place line under the dating line that says the time first: "at 7.30pm in the Memorial
#: Hall", "7.00 pm, Village Hall" (the sentence broken over blank lines after its date)
TIMED_PLACE = re.compile(
    r"^(?:(?:at|from|commencing\s+at)\s+)?(?P<time>\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?)"
    r"(?:\s*,\s*|\s+(?:in|at)\s+)(?:the\s+)?(?P<venue>\S.{2,150})$",
    re.IGNORECASE,
)


def timed_place(text: str) -> tuple[dt.time | None, str]:
    """The time and the place of a place line that says the time first (TIMED_PLACE);
    no time and the line as it was otherwise."""
    found = TIMED_PLACE.match(text.strip())
    if found is None:
        return None, text
    return find_field_time(found["time"]), found["venue"].strip()
