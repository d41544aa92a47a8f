"""Two offices and their holders printed side by side on one line.

An attendance block often opens with the chair and the vice-chair on one row, each with
its office as a label, the second set off by a run of spaces:

    CHAIR: Cllr A Reid                VICE-CHAIR: Cllr B Moss

Read as one label the second office and holder would become the first holder's
capacity. `office_pairs` cuts such a row into one line per office (both keeping the row's
number), so each holder is read under their own office. A row whose cells are not each
an office label and a name is left as printed.
"""

from __future__ import annotations

import re

from ..model import Line

#: "CHAIR: E Pugh", "Vice-Chairman: Cllr B Moss", "DEPUTY CHAIR: M Rowlands"
OFFICE_CELL = re.compile(
    r"^(?:(?:deputy|vice)[ -]?)?(?:chair(?:man|woman|person)?|convener|mayor|leader)"
    r"\s*:\s*(?P<name>[A-Z][^:]{1,80})$",
    re.IGNORECASE,
)
#: The gap between the two cells: three spaces or more, or a tab
GAP = re.compile(r"[ \u00a0]{3,}|\t+")
#: Longest row read
MAX_ROW = 240


def office_cells(raw: str) -> list[str] | None:
    """The row's cells when it is two or three offices, each with its holder; else None."""
    if len(raw) > MAX_ROW:
        return None
    cells = [c.strip() for c in GAP.split(raw.strip()) if c.strip()]
    if not 2 <= len(cells) <= 3 or not all(OFFICE_CELL.match(c) for c in cells):
        return None
    return cells


def office_pairs(lines: list[Line]) -> list[Line]:
    """The lines with each row of offices side by side cut into one line per office."""
    out: list[Line] = []
    for line in lines:
        cells = office_cells(line.text)
        if cells is None:
            out.append(line)
        else:
            out.extend(Line(line.number, cell) for cell in cells)
    return out
