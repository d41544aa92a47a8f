"""A list's label in a column of its own, the names beside it after a gap of spaces.

A converter keeps a table's columns as runs of spaces; a parish's minutes may print
their lists so, the label in the first column and no colon after it:

    Present         Cllr A Reid (Chair), Cllr B Moss (Vice Chair), Cllr C Lowe
    In Attendance          NCC Cllr D Pym   FPC Clerk E Hart

Read as it is, the whole line is names ("In Attendance" one of them). `gap_label` puts
the colon back after a label the reader knows standing alone before such a gap, and
reads the names' own gaps as the separators they stand for ("In Attendance: NCC Cllr D
Pym; FPC Clerk E Hart").
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: a label (words only, no colon), then a gap of three spaces or more, then the names
GAP_LABEL = re.compile(
    r"^(?P<indent>[ \t]*)(?P<label>[A-Za-z][A-Za-z ]{1,40}?)[ ]{3,}(?P<rest>\S.{0,3000})$"
)
#: a gap between two cells of the names' column
CELL_GAP = re.compile(r"(?<=\S)[ ]{3,}(?=\S)")


def gap_label(raw: str, label_alone: Callable[[str], bool]) -> str:
    """The line with a colon after its label when the label stands in a column of its
    own (`label_alone` tells a label the reader knows, with nothing after it); the line
    as it is otherwise."""
    match = GAP_LABEL.match(raw.rstrip())
    if match is None or not label_alone(match["label"]):
        return raw
    rest = match["rest"]
    if "," not in rest and ";" not in rest:
        rest = CELL_GAP.sub("; ", rest)  # "NCC Cllr D Pym   FPC Clerk E Hart"
    return f"{match['indent']}{match['label']}: {rest}"
