"""The fields heading a committee system's meeting page ("Agenda and minutes").

A ModernGov meeting page opens with the meeting's name and date, then its labelled
fields, "Venue:" and "Contact:" (the clerk, a telephone number, an email), then the
items. Saved as plain text the items may lose their numbers and their "Minutes:" labels,
leaving each item's title on a line of its own between blank lines over its minute.
The fields vouch for those titles as a members' list or a "No. Item" header would:
the lines under them are the items, not the paper's preamble. `page_fields_end` returns
the index of the last field line, or None when the page opens otherwise.
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain

#: "Venue: Meeting Room 5, ...", "Contact: Ann Reid, tel ..."
FIELD = re.compile(r"^(?P<label>Venue|Contact)\s{0,2}:\s{0,4}\S", re.IGNORECASE)
#: Lines of the page's head searched for its fields
HEAD_LINES = 12


def page_fields_end(lines: list[Line], start: int = 0) -> int | None:
    """The index of the page's last field line when both "Venue:" and "Contact:" stand
    in its head (each on a line of its own); else None."""
    labels: dict[str, int] = {}
    for k in range(start, min(len(lines), start + HEAD_LINES)):
        match = FIELD.match(plain(lines[k].text).strip())
        if match is not None:
            labels.setdefault(match["label"].lower(), k)
    if len(labels) < 2:
        return None
    return max(labels.values())
