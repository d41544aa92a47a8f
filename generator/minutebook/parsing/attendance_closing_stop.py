"""A list of names run on as one paragraph and closed by a full stop.

Under a label alone on its line, some minutes print everyone in one paragraph, names and
posts run on with commas and semicolons, and close it with a full stop:

    In Attendance
    P Grant, Director of Resources; M Lyle, Head of Policy and T Orr, Procurement
    Manager (both Chief Executive's).
    Reports for Approval

The stop ends the list: the line after it is the paper's next heading, not one more name.
A list one name a line has no such stop, and a stop after an initial ("C. D.") closes
nothing.
"""

from __future__ import annotations

import re

#: a paragraph's closing stop after a word (not an initial) or a bracket
CLOSING_STOP = re.compile(r"(?:[a-z’']{2}|\))\s*\.$")
#: commas and semicolons a run-on list of several names has at least
MIN_SEPARATORS = 2


def closed_by_stop(text: str) -> bool:
    """Whether a line of a list ends a paragraph of several names with a full stop."""
    text = text.strip()
    if CLOSING_STOP.search(text) is None:
        return False
    return text.count(",") + text.count(";") >= MIN_SEPARATORS
