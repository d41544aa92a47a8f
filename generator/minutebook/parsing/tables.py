"""Tables printed as tab-separated lines: whether their first row labels the columns."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

#: A cell that is a figure: a number, a percentage, an amount ("72,052", "-0.8%", "£40k").
FIGURE_CELL = re.compile(r"[-+£]?\d[\d,.]*%?k?")
#: A "row" longer than this is a table flattened onto one line by a conversion gone wrong:
#: shown as a list of its rows, never as a table (the page folds it into paragraphs).
ROW_CHARACTERS = 4_000


def _cell_kind(cell: str) -> str:
    text = cell.replace("**", "").strip()
    if not text:
        return "empty"
    return "figure" if FIGURE_CELL.fullmatch(text) else "text"


def first_row_is_header(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a tab table's first row labels its columns or is its first row of data.

    The conversions print tables with and without a header row. The first row is data
    when the table has no other row; when it is a label and its value ("Title:" /
    "Date & time:", like the rows below it); when one of its cells recurs in the same
    column below (a header never repeats as a value: "PCC" in a work programme); or when
    a column is empty in every row ("Election of Chair" and two empty cells); or when each
    of its cells is of the kind most usual in its column below and some are figures (a
    contents list: "Introduction" 3, "Values" 5). Otherwise it is the header.
    """
    if len(rows) < 2:
        return False
    first, rest = list(rows[0]), [list(r) for r in rows[1:]]
    if first[0].strip().endswith(":") and rest[0][0].strip().endswith(":"):
        return False
    for column, cell in enumerate(first):
        if cell.strip() and any(column < len(r) and r[column] == cell for r in rest):
            return False
    width = max(len(r) for r in rows)
    if any(all(column >= len(r) or not r[column].strip() for r in rows) for column in range(width)):
        return False  # a header names every column it has: this one is empty throughout
    kinds = [_cell_kind(c) for c in first]
    usual = [
        Counter(_cell_kind(r[column]) for r in rest if column < len(r)).most_common(1)
        for column in range(len(first))
    ]
    same_shape = all(not u or u[0][0] == kind for kind, u in zip(kinds, usual, strict=True))
    return not (same_shape and "figure" in kinds)


def has_header(rows: Sequence[str]) -> bool:
    """Whether a run of tab-separated lines is a table with a header row (else its rows
    are a list: a Markdown table must have a header, and an empty one says nothing)."""
    if any(len(row) > ROW_CHARACTERS for row in rows):
        return False
    return first_row_is_header([[c.strip() for c in row.split("\t")] for row in rows])
