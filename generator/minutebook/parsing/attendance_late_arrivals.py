"""A member who joined the meeting after it began, noted in a minute's text.

Minutes note when a member came in after the attendance list was taken: "[Councillor Ann
Reid entered the meeting at 10.03am].", "Councillor Ben Moss joined the meeting at
11.15am (noted in item 8).", "Cllr C Lowe arrived at 7.40pm." A member so noted was at
the meeting, though no list names them: such a note under a minute adds them to those
present, with the note as when they came. A note naming someone the lists already name
(by surname) adds nothing; only a titled name is read, so "The Chief Executive joined the
meeting" names no one.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import NAME, TITLE

#: "[Councillor Ann Reid entered the meeting at 10.03am].": a titled name, the verb of
#: coming in, and when
ARRIVED = re.compile(
    rf"^\[?(?P<name>{TITLE}\s+{NAME})\s+"
    r"(?P<timing>(?:joined|entered|arrived\s+at|arrived\s+in)\s+the\s+meeting\b"
    r"|arrived(?=\s+(?:at\s+\d|during\s))|arrived\s+late\b)"
    r"(?P<rest>(?:\s+(?:at|during|in|for|from)\s[^\[\]()]{1,50}?|\s*\([^()]{1,60}\)){0,3})"
    r"\s?\.?\]?\.?$"
)
#: Longest line read
MAX_LINE = 240


def late_arrival(text: str) -> tuple[str, str] | None:
    """(name, when) of a note that a titled member came in late; None for any other line."""
    text = text.strip()
    match = ARRIVED.match(text) if len(text) <= MAX_LINE else None
    if match is None:
        return None
    timing = f"{match['timing']}{match['rest']}".strip().rstrip(".]").strip()
    return match["name"].strip(), timing


def _surname(name: str) -> str:
    return name.split()[-1].lower().strip(".,") if name.split() else ""


def late_arrivals(
    attendance: list[AttendanceFacts], lines: list[Line], minute_lines: set[int]
) -> list[AttendanceFacts]:
    """Those present by a note on a minute's line (`minute_lines`) that no list names."""
    known = {_surname(a.as_written) for a in attendance}
    found: list[AttendanceFacts] = []
    for line in lines:
        if line.number not in minute_lines:
            continue
        noted = late_arrival(line.text)
        if noted is None or _surname(noted[0]) in known:
            continue
        known.add(_surname(noted[0]))
        found.append(
            AttendanceFacts(AttendanceRole.PRESENT, noted[0], None, line.number, timing=noted[1])
        )
    return found
