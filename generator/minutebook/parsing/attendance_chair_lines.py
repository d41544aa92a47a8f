"""Who took the chair, printed on a line of its own inside a minute.

Minutes that open with the election of a chair often record the result on a line by
itself, the newly elected chair's name and the words saying they chaired what followed:

    RESOLVED that A Reid be appointed as Chair for the ensuing year.
    A Reid (in the Chair)

When no attendance list printed that person, the line is the only record that they were
there: present, "in the Chair". A line naming an office ("The Vice-Chairman in the
Chair") or someone already recorded as present adds nothing.
"""

from __future__ import annotations

import re

from ..vocabulary import NAME
from .names import is_office

#: "A Reid (in the Chair)", "Councillor B Moss in the Chair", "(Cllr C Lowe in the Chair)",
#: "Councillor H. J. Jones  -  in the Chair" (a dash between, as a web page prints it)
CHAIR_LINE = re.compile(
    rf"^\(?(?P<name>{NAME})\s+(?:[-–—]\s{{1,4}})?\(?(?P<chair>in\s+the\s+[Cc]hair)\)?\)?\.?$"
)
#: Longest line read
MAX_LINE = 120


def chair_line(text: str) -> tuple[str, str] | None:
    """The person and 'in the Chair' when the line says only that; None otherwise."""
    text = text.strip()
    match = CHAIR_LINE.match(text) if len(text) <= MAX_LINE else None
    if match is None or is_office(match["name"]) or match["name"].split()[0] == "The":
        return None
    return match["name"].strip(), match["chair"]
