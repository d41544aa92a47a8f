"""A record that opens with its meeting's date and hours on a line of their own, with who
was present right under it.

Scottish councils print a minute under the body's heading as "11th March, 2021 10.00
a.m. - 12.30 p.m." then "PRESENT: Councillors ..."; an agenda pack encloses earlier
minutes so, and a stored copy may lose the heading above the date. The date line with the
meeting's clock time and the attendance label under it are what only a record prints
together: a report dates itself with no hours, an agenda lists no one present. The reader
returns None for any other line.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Line
from ..vocabulary import WEEKDAY_NAME
from .present_labels import OTHER_PRESENT_LABELS
from .text import plain

_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?\s?m\.?|hrs?|hours)|\d{1,2}[.:]\d\d"
#: the date and the hours alone on a line: "11th March, 2021 10.50 a.m. – 1.20 p.m.",
#: "Tuesday, 3 May 2022, 2.00 pm", "4 June 2019 - 10:00 to 12:15"
DATED_HOURS = re.compile(
    r"(?:" + WEEKDAY_NAME + r",?\s{1,3})?\d{1,2}(?:st|nd|rd|th)?\s{1,3}"
    r"[A-Za-z]{3,9},?\s{1,3}(?:19|20)\d\d\s{0,3}[,.\-–—]?\s{0,3}"
    rf"(?:{_CLOCK})(?:\s{{0,3}}(?:[-–—]|to)\s{{0,3}}(?:{_CLOCK}))?\.?",
    re.IGNORECASE,
)
#: who was present, labelled: "PRESENT:", "Present", "Members present:", "Sederunt"
PRESENT_LABEL = re.compile(
    rf"(?:(?:members\s+)?present|{OTHER_PRESENT_LABELS})\b\s*(?::|[-–—]|$)", re.IGNORECASE
)
#: Non-blank lines under the date line the attendance label may stand within
LABEL_LINES = 2


def dated_record(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a record's date and hours with the present label right under it."""
    text = plain(lines[i].text).strip(" *#_")
    if len(text) > 80 or not DATED_HOURS.fullmatch(text) or find_date(text) is None:
        return False
    seen = 0
    for line in lines[i + 1 :]:
        below = plain(line.text).strip(" *#_")
        if not below:
            continue
        if PRESENT_LABEL.match(below):
            return True
        seen += 1
        if seen >= LABEL_LINES:
            return False
    return False
