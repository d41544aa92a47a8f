"""A list of names printed in two columns whose brackets wrap inside their own column.

Converted to text, a two-column list of members reads across the page, so a bracket
broken at the end of a right-hand cell ends on the next row, after the left-hand cell
of that row:

    Cllr A Reid (Wyke Council)         Cllr B Moss (Fenby County
    Cllr C Lowe (Marsh Council)        Council)

Read row by row the names mix ("Cllr B Moss (Fenby County Cllr C Lowe (Marsh
Council) Council)"). Such a run of rows, under a label alone on its line, is read
column by column: each column's cells in order, a cell that only closes the bracket
left open above it joined to that cell, each name keeping the line it starts on.
Only a run where some bracket does wrap so is rewritten; any other list is left as
printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import looks_like_a_person

#: The gap between the two columns: three spaces or more
GAP = re.compile(r"[ \u00a0]{3,}")
NARROW_GAP = re.compile(r"[ \u00a0]{2,}")
#: How far the right-hand column's start may move between rows
DRIFT = 4
#: Most rows in a run (bounds the scan)
MAX_ROWS = 60


def _cells(raw: str, column: int | None = None) -> tuple[str, int, str] | None:
    """A row's two cells and where the second starts; None for any other line. Once
    the second column's start is known, two spaces there are gap enough (a long cell
    may fill its column)."""
    if len(raw) > 240 or "\t" in raw:
        return None
    gaps = list(GAP.finditer(raw.rstrip()))
    if column is not None and not gaps:
        gaps = [g for g in NARROW_GAP.finditer(raw.rstrip()) if abs(g.end() - column) <= DRIFT]
    if len(gaps) != 1 or not raw[: gaps[0].start()].strip():
        return None
    return raw[: gaps[0].start()].strip(), gaps[0].end(), raw[gaps[0].end() :].strip()


def _name_cell(cell: str) -> bool:
    """A cell opening with a person's name, titled or not, before any bracket."""
    name = cell.split("(", 1)[0].strip()
    return bool(STARTS_WITH_TITLE.match(name)) or looks_like_a_person(name)


def _closing_cell(cell: str) -> bool:
    """A cell that only ends a bracket opened above it ("Council)")."""
    return cell.endswith(")") and "(" not in cell and len(cell) <= 60


def _column(cells: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """One column's cells with each closing cell joined to the one above; None when a
    closing cell has no open bracket above it."""
    found: list[tuple[int, str]] = []
    for number, cell in cells:
        if _closing_cell(cell):
            if not found or found[-1][1].count("(") <= found[-1][1].count(")"):
                return None
            found[-1] = (found[-1][0], f"{found[-1][1]} {cell}")
        elif _name_cell(cell):
            found.append((number, cell))
        else:
            return None
    return found


def two_column_run(lines: list[Line], start: int) -> tuple[list[Line], int] | None:
    """The rows from `start` read column by column, and where the run ends; None unless
    two rows or more split at one gap, every cell is a name or closes a bracket above
    it, and some right-hand bracket wraps to the next row."""
    rows: list[tuple[int, str, int, str]] = []
    at = start
    while at < len(lines) and len(rows) < MAX_ROWS:
        split = _cells(lines[at].text, rows[0][2] if rows else None)
        if split is None:
            break
        if rows and abs(split[1] - rows[0][2]) > DRIFT:
            break
        rows.append((lines[at].number, split[0], split[1], split[2]))
        at += 1
    if len(rows) < 2 or not any(_closing_cell(right) for _, _, _, right in rows):
        return None
    left = _column([(n, cell) for n, cell, _, _ in rows])
    right = _column([(n, cell) for n, _, _, cell in rows])
    if left is None or right is None:
        return None
    read = sorted(left + right, key=lambda cell: cell[0])
    return [Line(number, f"{cell},") for number, cell in read], at


def unzip_two_columns(lines: list[Line], is_label: Callable[[str], bool]) -> list[Line]:
    """The lines with every run of two-column names under a label line read column by
    column (see two_column_run); other lines unchanged. A label is the nearest line
    with text above the run, ending without names ("MEMBERS PRESENT")."""
    out: list[Line] = []
    at = 0
    while at < len(lines):
        above = next((line.text.strip() for line in reversed(out) if line.text.strip()), "")
        labelled = bool(above) and is_label(above)
        run = two_column_run(lines, at) if labelled else None
        if run is None:
            out.append(lines[at])
            at += 1
            continue
        out.extend(run[0])
        at = run[1]
    return out
