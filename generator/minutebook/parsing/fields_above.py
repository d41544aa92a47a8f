"""A meeting's labelled fields printed above its "Date:" line.

Most front sheets print "Date:" first, then "Time:" and "Venue:" under it; some print
the fields in another order, the meeting's own name and its place first ("Meeting:
Annual meeting" / "Venue: Town Hall, Ashby" / "Date: Monday 3 May 2021 at 10am"), all
under the paper's heading ("Parish Council Agenda"). `fields_above` finds the run of such
fields directly above the date line, so the title above them can be read as the paper's
heading; it returns None when the line above the date is no such field.
"""

from __future__ import annotations

import re

from ..model import Line

#: a meeting's field label other than its date: its name, its time, its place
FIELD_ABOVE = re.compile(
    r"(?:meeting|committee|panel|board|body|time|start\s+time|venue|place|location|where)"
    r"(?:\s{0,3}:|\t)",
    re.IGNORECASE,
)
#: Most field lines read above the date line
MAX_FIELDS = 4


def fields_above(lines: list[Line], i: int) -> int | None:
    """The index of the first field line of the run directly above line i (blank lines
    between allowed, no other text); None when the nearest text above is no field."""
    first: int | None = None
    j = i - 1
    taken = 0
    while j >= 0 and taken < MAX_FIELDS:
        text = lines[j].text.strip().strip("*#_ ")
        if text:
            if not FIELD_ABOVE.match(text):
                break
            first = j
            taken += 1
        j -= 1
    return first
