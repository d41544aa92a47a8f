"""Minutes printed in two columns: a narrow left column for the time each item was taken
("2.15pm", "10.40") and the minutes' text in a wider column indented beside it. Converted
to text, every heading and paragraph stands indented by the same few spaces, and a
heading taken at a noted time carries the time before it ("2.15pm    4.  RULES OF
PROCEDURE"), so no heading is at the margin where the numbered heading forms are read.

`without_margin_column` gives the lines with that left column taken off (the time dropped,
the text brought to the margin), line numbers kept; None when the paper is not so laid
out: at least `MIN_TIMED` lines must print a time in the margin with their text starting
at one column, and that column must indent at least `MIN_SHARE` of the lines.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Line

#: A time in the margin, then the gap up to the text column: "2pm       ", "2.15 pm   ",
#: "14:05     ", "10.40     ".
MARGIN_TIME = re.compile(
    r"^(?:\d{1,2}(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:][0-5]\d)\s{2,}(?=\S)",
    re.IGNORECASE,
)
#: The two columns' header ("Time      Item", "Note No.  Item"): labels, not text.
COLUMN_HEADER = re.compile(
    r"^(?:time|note\s+no\.?|no\.?|minute(?:\s+no\.?)?)\s{2,}"
    r"(?:items?|minutes?|business|subject|details|notes?)$",
    re.IGNORECASE,
)
#: The text column is this far in: past a time, short of a centred line.
MIN_COLUMN = 6
MAX_COLUMN = 16
#: At least this many items noted with their time in the margin.
MIN_TIMED = 2
#: At least this share of the non-blank lines stand in the text column.
MIN_SHARE = 0.4


def margin_column(lines: list[Line]) -> int | None:
    """The column the text stands in beside a margin of times; None for no such margin."""
    indents: Counter[int] = Counter()
    timed: Counter[int] = Counter()
    written = 0
    for line in lines:
        text = line.text.rstrip()
        if not text.strip():
            continue
        written += 1
        indents[len(text) - len(text.lstrip(" "))] += 1
        match = MARGIN_TIME.match(text)
        if match:
            timed[match.end()] += 1
    for column, count in timed.most_common(1):
        if count < MIN_TIMED or not MIN_COLUMN <= column <= MAX_COLUMN:
            return None
        if indents[column] + count >= MIN_SHARE * written:
            return column
    return None


def without_margin_column(lines: list[Line]) -> list[Line] | None:
    """The lines with the time margin taken off: a line indented to the text column (or
    further) loses the column's spaces, a line with a time in the margin loses the time,
    the columns' header is blanked; any other line stays as printed. None when the paper
    prints no such margin."""
    column = margin_column(lines)
    if column is None:
        return None
    pad = " " * column
    out: list[Line] = []
    for line in lines:
        text = line.text
        match = MARGIN_TIME.match(text)
        if COLUMN_HEADER.match(text.strip()):
            text = ""
        elif text.startswith(pad) or (match and match.end() == column):
            text = text[column:]
        out.append(Line(line.number, text))
    return out
