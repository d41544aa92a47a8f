"""A minute's series letters printed on the line over its number ("PCP" over "1/21").

A panel's minutes set out as a table (item, description, decision) put the minute code in
a narrow first column; converted to text, the series' letters ("PCP") fall on one line
and the minute and year ("1/21") on the next, the title under them. The code is the
whole "PCP 1/21", as the panel cites it. `series_letters_above` gives those letters when
the line directly over the number holds them alone; a decision word in capitals
("NOTED", "AGREED") closing the previous minute is no series.
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain

#: a series' letters alone: "PCP", "FA", "SC"
LETTERS = re.compile(r"^(?P<letters>[A-Z]{2,5})$")
#: capitals words that close a minute, never a series' letters
DECISION_WORDS = frozenset({"NOTED", "AGREED", "NOTE", "NONE", "NIL", "AND", "THE", "ALL"})


def series_letters_above(lines: list[Line], i: int) -> str | None:
    """The series' letters alone on the line directly over line `i` (no blank between);
    None when that line is blank, anything else, or a decision word."""
    if i < 1:
        return None
    match = LETTERS.match(plain(lines[i - 1].text).strip())
    if match is None or match["letters"] in DECISION_WORDS:
        return None
    return match["letters"]


#: Most blank lines between the series' letters and the number under them (a table's
#: cells converted one to a line, a blank line after each: "PAR", "", "1")
MAX_BLANKS_UNDER_LETTERS = 2


def series_letters_over(lines: list[Line], i: int) -> str | None:
    """The series' letters alone on the line with text over line `i`, blank lines between
    (a table's stacked cells: "PAR" over "1" over the title); None as for
    `series_letters_above`."""
    k = i - 1
    while k >= 0 and i - k <= MAX_BLANKS_UNDER_LETTERS + 1 and not lines[k].text.strip():
        k -= 1
    if k < 0 or i - k > MAX_BLANKS_UNDER_LETTERS + 1:
        return None
    return series_letters_above(lines, k + 1)
