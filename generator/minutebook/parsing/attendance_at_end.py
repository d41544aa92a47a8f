"""The attendance lists a meeting's web page prints after its last minute.

A browser's print of a ModernGov meeting page ("Agenda, decisions and minutes") lists the
items first and ends with the page's "Attendance Details": the "Present:", "Officers in
Attendance:" and "Apologies:" lists, under the last minute's text. They are the
meeting's attendance lists, read as if printed before the first minute, and not part of
the last minute. Found only after the last minute heading, as a heading alone on its
line with a labelled list right under it.
"""

from __future__ import annotations

import re

from ..model import Line
from .attendance import label_line
from .text import plain

#: the page's heading over its lists
DETAILS_HEADING = re.compile(r"^attendance\s+details$", re.IGNORECASE)
#: how far below the heading its first label may be (blank lines between)
LABEL_WITHIN = 3


def attendance_at_end(lines: list[Line], last_heading: int) -> int | None:
    """The index of an "Attendance Details" heading after the line at `last_heading`
    (the last minute's heading) with a labelled list under it; None when there is none."""
    for at in range(max(0, last_heading + 1), len(lines)):
        if not DETAILS_HEADING.fullmatch(plain(lines[at].text).strip()):
            continue
        below = [li for li in lines[at + 1 : at + 1 + LABEL_WITHIN * 2] if li.text.strip()]
        if below[:LABEL_WITHIN] and label_line(plain(below[0].text).strip()) is not None:
            return at
    return None
