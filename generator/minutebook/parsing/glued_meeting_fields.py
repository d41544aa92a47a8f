"""A paper's title glued to the meeting's first field, as a table's cells came out.

Papers set as a Word table print the title in one cell and the meeting's fields under
it ("Date of meeting: 4 May 2026", "Time of meeting: 9.30am", "Venue for meeting: Fenby
Hall"). A host's conversion may run the title's cell into the first field's with no
space or break: "Minutes of the Fenby Health BoardDate of meeting: 4 May 2026". Read as
one line, the title's body ran on into the date's label. The line is parted where a
word's lower-case letter meets the field's capital label; only the paper's opening lines
are looked at, and only the spelled-out labels "Date / Time / Venue of (for) meeting:".
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: the title, then the glued field: "...Health BoardDate of meeting: 4 May 2026"
GLUED_FIELD = re.compile(
    r"(?P<title>[^\n]{3,200}?[a-z)])(?P<field>(?:Date|Time|Venue|Place)\s(?:of|for)\s"
    r"meeting:[^\n]{0,200})"
)
#: Non-blank lines at a file's head looked at
OPENING_LINES = 12


def split_glued_meeting_fields(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The opening's lines with a title glued to its first meeting field (see the module's
    docstring) parted onto two lines of the same number."""
    out: list[Line] = []
    seen = 0
    for line in lines:
        if line.text.strip():
            seen += 1
        match = GLUED_FIELD.fullmatch(line.text.strip()) if seen <= OPENING_LINES else None
        if match is None:
            out.append(line)
            continue
        out.append(Line(line.number, match["title"]))
        out.append(Line(line.number, match["field"]))
    return out, []
