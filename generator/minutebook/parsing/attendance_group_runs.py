"""Groups of those present headed "Label:-", and a group's names by initials run on.

A district council may print its members present under group headings closed by a colon
and a dash, each alone on its line, and the names of the group as a table flattened into
one run of initials and surnames with no commas:

    Present: Councillor Mrs A Reid – Chairman

    Members:-

    Councillors:-

    R C Abbot Mrs L Birch A A J Cole K F J Dunn Ms J H Eyre

The colon and dash close the heading as a colon does ("Councillors:"), and the run under
a heading alone is its names (`initials_entries`), three at least, rewritten with commas.
A line that is not all such names stays as printed.
"""

from __future__ import annotations

import re

from ..model import Line
from .attendance_initials_run import initials_entries

#: "Councillors:" or "Members:-" alone: a group's heading (closed by a colon, perhaps a
#: dash after it), the names below belonging to it
HEADING_ALONE = re.compile(r"^(?P<heading>\s*[A-Z][\w'’ -]{0,60}?)\s*:(?P<dash>-)?\s*$")
#: Fewest names in a run read as a group's list
MIN_NAMES = 3
#: The longest run read so
MAX_TEXT = 3000


def group_runs(lines: list[Line]) -> list[Line]:
    """The lines with each heading's ":-" made a colon and each run of initials under a
    heading alone given its commas (see above); the lines as they are when none is."""
    out = list(lines)
    above = ""  # the last line with text
    for n, line in enumerate(lines):
        text = line.text
        if not text.strip():
            continue
        heading = HEADING_ALONE.match(text)
        if heading is not None and heading["dash"]:
            out[n] = Line(line.number, f"{heading['heading'].rstrip()}:")
        elif HEADING_ALONE.match(above) and len(text) <= MAX_TEXT:
            entries = initials_entries(text.strip())
            if entries is not None and len(entries) >= MIN_NAMES:
                out[n] = Line(line.number, ", ".join(entries))
        above = text
    return out
