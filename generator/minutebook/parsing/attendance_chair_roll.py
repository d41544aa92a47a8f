"""The members present printed one a line under the line saying who chaired, unlabelled.

A county council's record saved from its web pages may open with who took the chair and
then every member present by name alone, one a line, blank lines between, with no
"Present:" over them:

    Councillor ANN REID – in the chair

    M Okoro

    Lena Pryce

    C H Tarrant

The chair line's person is present "in the chair"; each name under it is present too.
The run is a roll only when it holds `MIN_ROLL` names or more, each a person's name alone
on its line; it ends at the first line with text that is no such name (the minutes'
first words).
"""

from __future__ import annotations

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import BODY_NOUNS
from .attendance_chair_lines import chair_line
from .names import looks_like_a_person

#: Fewest names under the chair line that make a roll (a line or two may be anything)
MIN_ROLL = 5
#: Longest line read as one member's name
MAX_NAME = 60
#: The words a body's name ends with: "County Council" alone is a heading, no member
_BODY_ENDINGS = frozenset(BODY_NOUNS.split("|"))


def roll_name(text: str) -> bool:
    """Whether a line holds one person's name and nothing else."""
    text = text.strip()
    return (
        len(text) <= MAX_NAME
        and not text.endswith((".", ":", ","))
        and looks_like_a_person(text)
        and text.split()[-1].lower() not in _BODY_ENDINGS
    )


def chair_roll_attendance(preamble: list[Line]) -> tuple[list[AttendanceFacts], set[int]] | None:
    """The chair and the roll under their line, with the indexes of the lines read; None
    when no chair line tops a roll."""
    for k, line in enumerate(preamble):
        chair = chair_line(line.text)
        if chair is None:
            continue
        names: list[int] = []
        for n in range(k + 1, len(preamble)):
            text = preamble[n].text.strip()
            if not text:
                continue
            if not roll_name(text):
                break
            names.append(n)
        if len(names) < MIN_ROLL:
            return None
        present = AttendanceRole.PRESENT
        found = [AttendanceFacts(present, chair[0], chair[1], line.number)]
        found += [
            AttendanceFacts(present, preamble[n].text.strip(), None, preamble[n].number)
            for n in names
        ]
        return found, {k, *names}
    return None
