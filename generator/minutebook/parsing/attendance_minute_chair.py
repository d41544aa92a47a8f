"""Who chaired, said in the minute on apologies, and the committee system's label there.

Minutes published as web pages put each minute under a "Minutes:" label, and the minute
on apologies often opens by saying who chaired before the apologies themselves:

    Apologies
    Minutes: Alderman A Reid was in the Chair.
    Apologies were received from Ms B Moss.

Under a minute headed "Apologies" the chair's line would be read as one more apology. It
records that its person was present (no capacity is printed); the label is no one's.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import NAME
from .attendance_took_chair import took_the_chair
from .names import is_office

#: The committee system's label before a minute's text
WEB_LABEL = re.compile(r"^\s{0,4}Minutes:\s{1,4}(?=\S)")
#: "Alderman A Reid was in the Chair.", "Councillor B Moss in the Chair"
WAS_IN_THE_CHAIR = re.compile(rf"^(?P<name>{NAME})\s+(?:was\s+)?in\s+the\s+[Cc]hair\.?$")
#: Longest line read as a chair's line
MAX_LINE = 120


def chair_before_apologies(
    body: list[Line], known: set[str]
) -> tuple[list[Line], list[AttendanceFacts]]:
    """The minute's lines without the label and the chair's line, and the chair as
    present (unless a surname in `known`, those already present, names them)."""
    found: list[AttendanceFacts] = []
    kept: list[Line] = []
    for line in body:
        text = WEB_LABEL.sub("", line.text) if "Minutes:" in line.text[:12] else line.text
        match = WAS_IN_THE_CHAIR.match(text.strip()) if len(text) <= MAX_LINE else None
        chaired: tuple[str, str | None] | None = (
            (match["name"].strip(), None) if match is not None else None
        )
        chaired = took_the_chair(text) if chaired is None and not found else chaired
        if chaired is not None and not is_office(chaired[0]) and not found:
            name, office = chaired  # "Councillor A Reid took the Chair." too
            if name.split()[-1] not in known:
                found.append(AttendanceFacts(AttendanceRole.PRESENT, name, office, line.number))
            kept.append(Line(line.number, ""))
            continue
        kept.append(Line(line.number, text) if text != line.text else line)
    return kept, found
