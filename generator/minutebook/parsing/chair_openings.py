"""The start time a record gives only where its chair opens the meeting.

Parish and community councils often print no time in their heading and say when the
meeting began in the first lines of the record, as the chair's act: "The Chair opened the
meeting at 7.46pm and welcomed those present", "The Chairman welcomed everyone and
declared the meeting open at 7.00pm", "Cllr A Reid called the meeting to order at 7pm".
The first such sentence soon under the opening is the meeting's start; the reader returns
None when none is printed, and the opening's own time always wins.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import TIME_PHRASE, find_time
from ..model import Line
from .text import plain

#: the chair's act and its time: "opened the meeting at 7.30pm", "declared the meeting
#: open at 7pm", "declared open the meeting at 10.00 am", "called the meeting to order at"
CHAIR_OPENED = re.compile(
    r"\b(?:opened\s+the\s+meeting|declared\s+the\s+meeting\s+open|declared\s+open\s+the\s+"
    r"meeting|called\s+the\s+meeting\s+to\s+order)\s+at\s+"
    rf"(?P<time>{TIME_PHRASE.pattern})",
    re.IGNORECASE,
)
#: Most lines under the opening searched: the chair opens the meeting in its first items
SEARCHED_LINES = 40


def chair_opened_time(lines: list[Line], after: int) -> dt.time | None:
    """The time the chair opened the meeting at ("The Chair opened the meeting at
    7.46pm"), the first such sentence within SEARCHED_LINES lines below line `after`;
    None when none is printed there."""
    for line in lines:
        if line.number <= after:
            continue
        if line.number > after + SEARCHED_LINES:
            return None
        match = CHAIR_OPENED.search(plain(line.text))
        if match is not None:
            return find_time(match["time"])
    return None
