"""Members' names in capitals, in columns, under a plural title on a line of its own.

Scottish minutes list the members present under "Sederunt:" in two parts: the chair and
vice-chair named in full with their office, then the word "COUNCILLORS" alone on its line
and every other member's name in capitals, in two columns that the conversion flattens
line by line (the last name of the first column ends in "and"):

    COUNCILLORS

    FIONA REID                        ALAN MOSS
    KENNETH LOWE and                  GRAHAM PYM

Each cell is one member, kept in capitals as printed and without the plural title; the
role is that of the label the block sits under. Read only when every cell of the block
is a name in capitals, so a table or a heading in capitals is left alone.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import PLURAL_TITLE
from .attendance import label_line

#: "COUNCILLORS", "Councillors:", "MEMBERS:-" alone on a line
PLURAL_HEADING = re.compile(rf"^(?:{PLURAL_TITLE}|Members)\s{{0,3}}(?::-?)?$", re.IGNORECASE)
#: a name in capitals: two to five words, a Scots "Mc"/"Mac" before capitals allowed
CAPITALS_NAME = re.compile(
    r"^(?:(?:Ma?c)?[A-Z][A-Z'’-]{0,30}\.?\s){1,4}(?:Ma?c)?[A-Z][A-Z'’-]{1,30}$"
)
#: the cells of a row: runs of two or more spaces (or a tab) part the columns
CELL_GAP = re.compile(r"\s{2,}|\t")
TRAILING_AND = re.compile(r"\s+(?:and|&)$")
MAX_CELLS = 3
MAX_ROWS = 40


def capitals_cells(text: str) -> list[str] | None:
    """The names of one row ('KENNETH LOWE and      GRAHAM PYM'); None when a cell is not
    a name in capitals."""
    cells = [TRAILING_AND.sub("", c.strip()) for c in CELL_GAP.split(text.strip()) if c.strip()]
    if not 0 < len(cells) <= MAX_CELLS:
        return None
    return cells if all(CAPITALS_NAME.fullmatch(c) for c in cells) else None


def _role_above(preamble: list[Line], at: int) -> AttendanceRole | None:
    """The role of the nearest attendance label above line `at`."""
    for line in reversed(preamble[:at]):
        found = label_line(line.text.strip())
        if found is not None:
            return found[1]
    return None


def capitals_grid_attendance(
    preamble: list[Line],
) -> tuple[list[AttendanceFacts], set[int]] | None:
    """The members named in capitals under a plural title alone on its line, with the
    indexes of the lines read (the heading too); None when the preamble has no such
    block, or no label above it gives its role."""
    for at, line in enumerate(preamble):
        if not PLURAL_HEADING.fullmatch(line.text.strip()):
            continue
        role = _role_above(preamble, at)
        if role is None:
            continue
        row = at + 1
        while row < len(preamble) and not preamble[row].text.strip():
            row += 1
        found: list[AttendanceFacts] = []
        used = {at}
        while row < len(preamble) and len(used) <= MAX_ROWS:
            cells = capitals_cells(preamble[row].text) if preamble[row].text.strip() else None
            if cells is None:
                break
            found += [AttendanceFacts(role, c, None, preamble[row].number) for c in cells]
            used.add(row)
            row += 1
        if found:
            return found, used
    return None
