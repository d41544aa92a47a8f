"""A two-column page's minute number dropped between the names of the attendance list."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance_interleaved_number import (
    names_under,
    without_interleaved_numbers,
)
from minutebook.parsing.minutes import parse_minutes

PAPER = """MINUTES of a meeting of the Eastwold District Council held on 3 March 2031
Members Present:
Mr A Reid
Mrs B Moss
Officers in
Attendance:
12.
Mr C Lowe
Mrs D J Hart
The Chief Executive
GREETINGS
The Chairman welcomed everyone.
13.
MINUTES
The minutes of the meeting held on 1 February 2031 were approved.
"""


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.splitlines(), 1)]


def test_the_number_over_names_is_blanked() -> None:
    lines = _lines(PAPER)
    assert names_under(lines, 7)
    assert not names_under(lines, 13)  # "13." over "MINUTES": a heading
    out = without_interleaved_numbers(lines)
    assert out[6] == Line(7, "")
    assert out[12] == Line(13, "13.")


def test_the_list_goes_on_under_the_number() -> None:
    part = Part(kind=DocumentKind.MINUTES, title="", lines=_lines(PAPER), layout="minutes")
    parse_minutes(part, "x.txt", Diagnostics())
    present = [a.as_written for a in part.attendance if a.role == AttendanceRole.PRESENT]
    assert present == ["Mr A Reid", "Mrs B Moss", "Mr C Lowe", "Mrs D J Hart"]
    assert all(m.title != "Mr C Lowe" for m in part.minutes)
