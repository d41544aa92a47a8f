"""Members one a line under "Present:", each forename and surname then their council."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_forename_council import forename_council

PRESENT = AttendanceRole.PRESENT


@pytest.mark.parametrize(
    ("row", "rewritten"),
    [
        ("Ann Reid Wyke DC", "Ann Reid (Wyke DC)"),
        ("Ben St Clair East Fenshire CC", "Ben St Clair (East Fenshire CC)"),
        ("Cara Lowe OBE Hexton and Dale BC", "Cara Lowe OBE (Hexton and Dale BC)"),
        ("Dan Pym* Independent", "Dan Pym (Independent)"),
    ],
)
def test_a_row_gives_the_name_and_the_council(row: str, rewritten: str) -> None:
    assert forename_council(row) == rewritten


@pytest.mark.parametrize(
    "row", ["Declarations of Interest", "Police and Crime Plan Update", "The Panel noted DC"]
)
def test_other_lines_are_no_rows(row: str) -> None:
    assert forename_council(row) is None


def _read(lines: list[Line]) -> list[tuple[AttendanceRole, str, str | None, int]]:
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance]


def test_the_rows_under_present_are_its_members() -> None:
    lines = [
        Line(3, "Present:"),
        Line(5, "Ann Reid Wyke DC"),
        Line(7, "Ben St Clair East Fenshire CC"),
        Line(9, "Dan Pym* Independent"),
        Line(11, "*Please see minute 12 below."),
    ]
    assert _read(lines) == [
        (PRESENT, "Ann Reid", "Wyke DC", 5),
        (PRESENT, "Ben St Clair", "East Fenshire CC", 7),
        (PRESENT, "Dan Pym", "Independent", 9),
    ]


def test_two_rows_are_not_enough() -> None:
    lines = [Line(3, "Present:"), Line(5, "Ann Reid Wyke DC"), Line(7, "Ben Moss Hexton BC")]
    assert [(name, capacity) for _, name, capacity, _ in _read(lines)] != [
        ("Ann Reid", "Wyke DC"),
        ("Ben Moss", "Hexton BC"),
    ]
