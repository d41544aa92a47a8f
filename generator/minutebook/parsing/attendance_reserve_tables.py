"""A table of reserve members noted as attending, each cell on a line of its own.

A council naming reserves for a committee's members records at the start of each meeting
which reserves came, and for whom, in a two-column table under the resolution:

    RESOLVED: That the following reserves be noted as present:

    Ordinary Member

    Reserve Member

    Councillor Ann Reid

    Councillor Ben Moss

Saved from the committee system's web page, the table's cells stand one a line: the two
headings, then each ordinary member followed by the reserve who took their place. Read
as printed, the headings and the names would head minutes of their own. The table is
rewritten as the sentence it stands for, at the reserve's line ("Councillor Ben Moss
attended as a substitute for Councillor Ann Reid."), the headings' and the ordinary
member's lines left blank, so the minute's substitutes are read as any other.
`reserve_table_sentences` returns None when no such table stands in the text.
"""

from __future__ import annotations

import re

from ..model import Line
from .attendance_chair_roll import roll_name

#: the table's headings, each alone on its line
ORDINARY = re.compile(r"^Ordinary\s+Members?$", re.IGNORECASE)
RESERVE = re.compile(r"^Reserve\s+Members?$", re.IGNORECASE)


def _texts(lines: list[Line], start: int) -> list[int]:
    """The indexes of the lines with text from `start` on."""
    return [k for k in range(start, len(lines)) if lines[k].text.strip()]


def reserve_table_sentences(lines: list[Line]) -> list[Line] | None:
    """The lines with each reserve table rewritten as its substitutes' sentences; None
    when the text holds no such table."""
    out = list(lines)
    found = False
    for k, line in enumerate(lines):
        if not ORDINARY.match(line.text.strip()):
            continue
        after = _texts(lines, k + 1)
        if not after or not RESERVE.match(lines[after[0]].text.strip()):
            continue
        cells = []
        for n in after[1:]:
            if not roll_name(lines[n].text):  # a member's name alone on its line
                break
            cells.append(n)
        if len(cells) < 2:
            continue
        found = True
        out[k] = Line(line.number, "")
        out[after[0]] = Line(lines[after[0]].number, "")
        for ordinary, reserve in zip(cells[::2], cells[1::2], strict=False):
            absent, stood = lines[ordinary].text.strip(), lines[reserve].text.strip()
            out[ordinary] = Line(lines[ordinary].number, "")
            out[reserve] = Line(
                lines[reserve].number, f"{stood} attended as a substitute for {absent}."
            )
        if len(cells) % 2:  # an ordinary member with no reserve beside them: kept as printed
            out[cells[-1]] = lines[cells[-1]]
    return out if found else None
