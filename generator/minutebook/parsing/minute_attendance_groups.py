"""Lines of an attendance table in capitals that head no minute.

NHS boards and CCGs print those present as a table under group labels in capitals, and
a converter that loses the bold leaves the labels, and any post in capitals, on lines of
their own:

    PRESENT:
    VOTING MEMBERS:
    Dr Ann Reid
    Ben Moss
    Chair/GP
    GP
    GP
    NON-VOTING MEMBERS:

In minutes that head their items in capitals, such lines would read as unnumbered
minutes and cut the attendance list short. A group label names a kind of people (members,
directors, officers, governors) and ends with its colon; a post in capitals repeated on
the very next line is a column's cells (a heading never stands over its own twin). Both
are attendance, never a minute's title.
"""

from __future__ import annotations

import re

from ..model import Line

#: "VOTING MEMBERS:", "NON-EXECUTIVE DIRECTORS:", "CO-OPTED MEMBERS:", "OFFICERS:": up to
#: three words in capitals, then a kind of people, then the colon alone
GROUP_LABEL = re.compile(
    r"^(?:[A-Z][A-Z'’-]{0,20}[ ]){0,3}"
    r"(?:MEMBERS|DIRECTORS|OFFICERS|GOVERNORS|ATTENDEES|REPRESENTATIVES|ADVISERS|ADVISORS)"
    r"[ ]?:$"
)
#: The longest post in capitals read as a column's cell
MAX_CELL = 40


def attendance_group_label(text: str) -> bool:
    """Whether a line is an attendance table's group label in capitals with its colon
    ("NON VOTING MEMBERS:")."""
    return len(text) <= 80 and GROUP_LABEL.match(text.strip()) is not None


def repeated_cell(lines: list[Line], i: int) -> bool:
    """Whether the capitals line at `i` is repeated on the line right above or below it
    ("GP" under "GP"): the cells of a table's column, not a heading."""
    text = lines[i].text.strip()
    if not text or len(text) > MAX_CELL:
        return False
    return any(0 <= k < len(lines) and lines[k].text.strip() == text for k in (i - 1, i + 1))
