"""A membership table kept as pipe rows: outer pipes and a rule row of dashes.

A converter that keeps a table as Markdown prints each row between pipes, or with a pipe
closing each cell, and rules the heading row off with dashes:

    | Member | Authority |              Member | Authority |
    |---|---|                           ---|---|
    | Cllr A Reid (Chair) | Ashby BC |  Cllr A Reid (Chair) | Ashby BC |

The outer pipes and the rule row are no cells. Each row is read as a row split by tabs
("Cllr A Reid (Chair)<TAB>Ashby Borough Council"), its heading row as a heading row, so
the table reads as one the converter had parted by tabs.
"""

from __future__ import annotations

import re

#: "|---|---|", "| :--- | ---: |", "---|---|": a rule row of dashes between pipes
RULE_ROW = re.compile(r"^\|?(?: {0,3}:?-{3,60}:? {0,3}\|){1,8}(?: {0,3}:?-{3,60}:? {0,3})?$")
#: cells a pipe row may hold
MAX_CELLS = 8


def is_rule_row(text: str) -> bool:
    """Whether a line is a pipe table's rule row ("|---|---|"), which holds no member."""
    return len(text) <= 600 and RULE_ROW.match(text.strip()) is not None


def pipe_cells(text: str) -> str | None:
    """'| Cllr A Reid (Chair) | Ashby Borough Council |' (or without its opening pipe) as
    its cells parted by tabs ("Cllr A Reid (Chair)<TAB>Ashby Borough Council"). None
    unless the line closes with a pipe after two to MAX_CELLS filled cells."""
    row = text.strip()
    if len(row) > 600 or len(row) < 5 or row[-1] != "|" or "\t" in row:
        return None
    cells = [cell.strip() for cell in row.removeprefix("|")[:-1].split("|")]
    if not 2 <= len(cells) <= MAX_CELLS or not all(cells):
        return None
    return "\t".join(cells)
