"""What a record's opening leaves out, read from where else such papers print it.

Some records give the meeting's start time only in their closing note ("The meeting
commenced at 6.00 pm and closed at 7.40 pm"), and some print the venue alone on the line
under the sentence that dates the meeting ("Minutes of the meeting held on Wednesday 11
October 2023, 4.30pm – 6.15pm" / "Virtual meeting via Microsoft Teams"). Each reader
returns None when its layout is absent; the opening's own words always win.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import TIME_PHRASE, find_date, find_time
from ..model import Line
from .openings import DATE_SPAN, FORMULA, TIME_SPAN
from .text import plain

#: the closing note's start time: "The meeting commenced at 6.00 pm and closed at ...",
#: "(The meeting, having commenced at 6.00 pm, closed at 7.42 pm)", "Meeting started at 2pm"
STARTED_AT = re.compile(
    r"\bmeeting\b[^.;:]{0,30}?\b(?:commenced|started|began|opened)\s+at\s+"
    rf"(?P<time>{TIME_PHRASE.pattern})",
    re.IGNORECASE,
)
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
