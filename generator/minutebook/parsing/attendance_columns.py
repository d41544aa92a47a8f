"""Attendance lists printed side by side, each column under its own label.

Minutes laid out in a table put members and officers next to each other, and the PDF's
text keeps the columns on the same lines:

    Members:                          Officers:
    Councillor A Reid (Chairman)      Mr B Moss (Director of Resources)
    Councillor C Lowe                 Mrs D Pym (Committee Clerk)
    Councillor E Ward

The first line holds two or more labels split by runs of spaces; each line under it holds
a name from each column (or from the first only, once the shorter column has ended). A
long cell may leave a single space before the next column, so a row is cut where its
label's column starts, at the gap nearest to it.
"""

from __future__ import annotations

import re

#: Two or more spaces: the gap between two columns of a row.
GAP = re.compile(r"[ \u00a0]{2,}")
#: Three or more spaces: the gap between two labels of the heading line.
LABEL_GAP = re.compile(r"[ \u00a0]{3,}")
#: A single space before a capital: where a name may start.
SPACE_BEFORE_CAPITAL = re.compile(r" (?=[A-Z])")
#: How far a row's gap may sit from its column's start and still be that column's edge.
SLACK = 12
MAX_COLUMNS = 4


def label_cells(raw: str) -> list[tuple[int, str]] | None:
    """'Members:      Officers:': each cell of a line split by runs of three spaces or
    more, with where it starts; None unless there are two to four cells."""
    text = raw.rstrip()
    if len(text) > 240 or not LABEL_GAP.search(text):
        return None
    cells: list[tuple[int, str]] = []
    at = len(text) - len(text.lstrip())
    for piece in LABEL_GAP.split(text.strip()):
        at = text.index(piece, at)
        cells.append((at, piece))
        at += len(piece)
    return cells if 2 <= len(cells) <= MAX_COLUMNS else None


def _cut(raw: str, start: int) -> int | None:
    """Where a row meets the column starting at `start`: the gap nearest to it, or the
    single space before a capital nearest to it (the cell before ran up to or past the
    column); None when the row ends before the column."""
    if len(raw.rstrip()) <= start:
        return None
    gaps = [m for m in GAP.finditer(raw) if m.start() > 0 and abs(m.end() - start) <= SLACK]
    if gaps:
        return min(gaps, key=lambda m: abs(m.end() - start)).end()
    # a single space near the column, before a capital: the cell before ran up to it
    near = [m.end() for m in SPACE_BEFORE_CAPITAL.finditer(raw) if abs(m.end() - start) <= SLACK]
    return min(near, key=lambda at: (abs(at - start), at)) if near else None


def split_at_columns(raw: str, starts: list[int]) -> list[str]:
    """The cells of a row under labels starting at `starts`: one per column, empty where
    the row has nothing in that column."""
    cells = [""] * len(starts)
    edges = [0]
    for start in starts[1:]:
        cut = _cut(raw, start)
        edges.append(cut if cut is not None and cut > edges[-1] else len(raw))
    edges.append(len(raw))
    for k in range(len(starts)):
        cells[k] = raw[edges[k] : edges[k + 1]].strip()
    return cells


def split_at_tabs(raw: str, count: int) -> list[str] | None:
    """The cells of a row whose columns a tab divides, one per column ('' where the row
    leaves a column empty); None when the row holds more cells than there are columns."""
    cells = [cell.strip() for cell in raw.rstrip().split("\t")]
    if len(cells) > count:
        return None
    return cells + [""] * (count - len(cells))
