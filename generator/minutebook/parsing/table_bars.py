"""A paper converted from a table whose cells keep their right-hand border: nearly every
line ends with " |" and the empty cells between rows are lines of "|" alone.

Read as printed, the first line of such a file is "|" (a paper titled "|"), a title ends
with a bar, and a "Present:" list ends with one. When most of a file's lines end with the
bar, the bar is the conversion's border, not the text: each line loses its closing bar and
a line of bars alone becomes blank (its number kept, so every fact still cites its source
line). A file where few lines end so (a table of a few rows in a report) is left as it is,
but for a label's or item number's cell and the value under it ("Date: |" over "Friday,
25th February, 2022 |"): a table of meeting fields stacked a cell a line; and for a table
of minutes flattened a row at a time ("2. | Election of Chairman:" over the minute's text,
closed by " |"), whose rows lose the bars between and after their cells.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..model import Furniture, Line

#: a cell's right-hand border closing a line: "Audit Committee |", "|"
CLOSING_BAR = re.compile(r"[ \t]*\|[ \t]*$")
#: Share of non-blank lines that must end with the bar for it to be the file's border
BORDERED_SHARE = 0.6
#: Fewest non-blank lines that make the share meaningful
MIN_LINES = 10


def _barred(text: str) -> bool:
    """A line closed by a border alone: "Audit Committee |" or "|", never a Markdown
    table's row ("| Year | Amount |"), whose bars are the table's own."""
    stripped = text.strip()
    return bool(CLOSING_BAR.search(text)) and (stripped == "|" or not stripped.startswith("|"))


def bordered(lines: list[Line]) -> bool:
    """Whether most of the file's non-blank lines end with a cell's border."""
    texts = [line.text for line in lines if line.text.strip()]
    if len(texts) < MIN_LINES:
        return False
    return sum(1 for text in texts if _barred(text)) >= BORDERED_SHARE * len(texts)


#: a label's or an item number's cell closed by its border: "Date: |", "To: |", "1. |"
#: (a number with no stop, "41 |", is a boxed minute number: its own rule reads the bar)
LABEL_CELL = re.compile(r"^[ \t]*(?:[A-Z][A-Za-z ]{0,30}:|\d{1,3}[.)])[ \t]*\|[ \t]*$")


#: a two-cell row flattened onto its line: the item's number, the bar between the cells,
#: then the first cell's text ("2. | Election of Chairman:", "5. | Following the ...")
NUMBERED_ROW = re.compile(r"^[ \t]*(?P<number>\d{1,3}[.)])[ \t]*\|[ \t]*(?P<rest>\S.*)$")
#: Fewest such rows, numbered on from one to the next, that make a table of minutes
MIN_NUMBERED_ROWS = 3


def _numbered_rows_unbarred(lines: list[Line]) -> list[Line]:
    """A table of minutes flattened a row at a time ("2. | Election of Chairman:" over its
    text, the row closed by " |"): each row's number keeps its text with a space for the
    bar between the cells, and the row's closing bar goes; the lines as they were unless
    MIN_NUMBERED_ROWS rows or more number on from one to the next."""
    rows = {k: m for k, line in enumerate(lines) if (m := NUMBERED_ROW.match(line.text))}
    numbers = [int(m["number"][:-1]) for m in rows.values()]
    rising = sum(1 for a, b in pairwise(numbers) if b == a + 1)
    if len(rows) < MIN_NUMBERED_ROWS or rising + 1 < MIN_NUMBERED_ROWS:
        return lines
    first = min(rows)
    out: list[Line] = []
    for k, line in enumerate(lines):
        row = rows.get(k)
        text = f"{row['number']} {row['rest']}" if row else line.text
        if k >= first:
            text = CLOSING_BAR.sub("", text)
        out.append(line if text == line.text else Line(line.number, text))
    return out


def strip_table_bars(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines without their closing border when the file is bordered (see above); in a
    file that is not, a label's or item number's cell closed by a border ("Date: |", "1. |")
    and the value cell under it ("Friday, 25th February, 2022 |") lose theirs: a table of
    labels and values stacked a cell a line."""
    if not bordered(lines):
        return _numbered_rows_unbarred(_label_cells_unbarred(lines)), []
    return [
        Line(line.number, CLOSING_BAR.sub("", line.text)) if _barred(line.text) else line
        for line in lines
    ], []


def _label_cells_unbarred(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    after_label = False
    for line in lines:
        if not line.text.strip():
            out.append(line)
            continue
        label = LABEL_CELL.match(line.text) is not None
        if label or (after_label and _barred(line.text)):
            line = Line(line.number, CLOSING_BAR.sub("", line.text))
        out.append(line)
        after_label = label
    return out
