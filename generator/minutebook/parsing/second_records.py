"""A second meeting's record printed under the first in one paper.

A parish or town council's web page, or a clerk's file, may hold two meetings' minutes one
after the other (an extraordinary meeting, then the annual meeting), each under its own
'Minutes of the ... Meeting of X held on D' heading and each numbering its minutes from 1.
A second opening close under the first is usually the same paper's title printed again (a
cover, then the heading), so openings within a few lines are read as one. Once the first
record has shown its own business (an attendance label, a numbered minute), a new opening
dated on another day is a record of its own. The reader answers False otherwise.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Line
from .present_labels import OTHER_PRESENT_LABELS

#: an attendance label opening a line: "Present:", "Present … Councillors:", "Councillors
#: present:", "In attendance:", "Apologies"
ATTENDANCE_LABEL = re.compile(
    r"[*#_ ]{0,4}(?:(?:councillors|members)\s+)?(?:present|in\s+attendance|apologies)\b"
    rf"|[*#_ ]{{0,4}}(?:{OTHER_PRESENT_LABELS})\b",
    re.IGNORECASE,
)
#: a numbered minute opening a line: "1. Apologies", "2) Declarations", "14 Planning"
MINUTE_NUMBER = re.compile(r"[*#_ ]{0,4}\d{1,3}[.)]?\s{1,4}[A-Z]")
#: Non-blank lines of an opening searched for its date
DATE_LINES = 3


def _opening_date(lines: list[Line], index: int) -> str | None:
    """The first date in the first few non-blank lines from `index`, as ISO text."""
    seen = 0
    for line in lines[index:]:
        text = line.text.strip()
        if not text:
            continue
        date = find_date(text)
        if date is not None:
            return date.isoformat()
        seen += 1
        if seen >= DATE_LINES:
            return None
    return None


def shows_business(lines: list[Line]) -> bool:
    """Whether a record's lines show its own attendance label or a numbered minute."""
    for line in lines:
        text = line.text.strip()
        if ATTENDANCE_LABEL.match(text):
            return True
        if MINUTE_NUMBER.match(text) and find_date(text[:40]) is None:
            return True  # "1. Apologies", not a date line "12 March 2019"
    return False


def second_record(lines: list[Line], first: int, start: int) -> bool:
    """Whether the opening at `start` begins a second record under the one opened at
    `first`: the first has shown its business and the second is dated on another day."""
    if start <= first:
        return False
    date = _opening_date(lines, start)
    if date is None or date == _opening_date(lines, first):
        return False
    return shows_business(lines[first:start])
