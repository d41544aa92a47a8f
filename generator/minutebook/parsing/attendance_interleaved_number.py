"""A minute's number a two-column page interleaved into the attendance list.

Minutes set in two columns (labels and minute numbers on the left, names and text on the
right) come out of PDF text with the left column's pieces dropped between the names:

    Members Present:
    Mr A Reid
    Mrs B Moss
    Officers in
    Attendance:
    12.
    Mr C Lowe
    Mrs D Hart

The "12." belongs to the first minute, whose title comes after the list; the names under
it go on with the members present. A number alone over two titled names alone on their
lines heads no minute there (`names_under`), so the list is read whole.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import TITLE

#: A titled name alone on its line: "Mr C Lowe", "Mrs D J Hart", "Cllr Ann Reid"
NAME_ALONE = re.compile(
    rf"^{TITLE}(?:\s+(?:[A-Z]\.?|[A-Z][a-z'’]{{0,2}}[A-Z]?[a-z'’-]{{1,30}})){{1,5}}$"
)
#: Lines looked at under the number for its second name
LOOK_AHEAD = 3


def names_under(lines: list[Line], j: int) -> bool:
    """Whether line `j` (the first with text under a number alone) and the next line with
    text are each a titled name alone: the attendance list going on, not a minute's title."""
    if NAME_ALONE.match(lines[j].text.strip()) is None:
        return False
    after = (k for k in range(j + 1, min(j + 1 + LOOK_AHEAD, len(lines))) if lines[k].text.strip())
    k = next(after, None)
    return k is not None and NAME_ALONE.match(lines[k].text.strip()) is not None


#: A minute's number alone on its line: "12.", "12"
NUMBER_ALONE = re.compile(r"^\d{1,4}\.?$")


def without_interleaved_numbers(lines: list[Line]) -> list[Line]:
    """The attendance lines with each number alone that sits over two titled names alone
    (`names_under`) blanked, its line number kept, so the names under it go on with the
    list above; every other line as it was."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not NUMBER_ALONE.match(line.text.strip()):
            continue
        j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
        if j is not None and names_under(lines, j):
            out[i] = Line(line.number, "")
    return out
