"""An office "in the Chair" alone over its holder's name, cells of a committee system's
page (invented example; `parsing.attendance_office_in_chair`)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_office_in_chair import office_in_chair_rows

CELLS = [
    "Present",
    "",
    "Vice-Chair in the Chair",
    "",
    "AB Reid",
    "",
    "Councillors",
    "",
    "C Moss, D Lowe",
    "",
    "Apologies",
    "",
    "E Fry",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


def test_the_office_goes_with_the_name_under_it_and_the_list_goes_on() -> None:
    lines = _lines(CELLS)
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (AttendanceRole.PRESENT, "AB Reid", "Vice-Chair in the Chair", 5),
        (AttendanceRole.PRESENT, "C Moss", None, 9),
        (AttendanceRole.PRESENT, "D Lowe", None, 9),
        (AttendanceRole.APOLOGIES, "E Fry", None, 13),
    ]


def test_no_name_under_the_office_leaves_the_lines_alone() -> None:
    lines = _lines(["Vice-Chair in the Chair", "", "The minutes were agreed."])
    assert office_in_chair_rows(lines) == lines
