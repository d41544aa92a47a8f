"""Party headings over the members present, one group's or several groups' merged."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_party_headings import party_columns_heading

RECORD = """\
Meeting of the Council Minutes - 3 May 2019

Attendance

Mayor Cllr Ann Reid (Lab)

Labour

Cllr Ben Moss Cllr Carl Lowe Cllr Dina Patel

Conservative Liberal Democrat

Cllr Eve Hart Cllr Finn O'Dowd

1 Apologies for absence
"""


def test_the_list_goes_on_under_each_party_heading() -> None:
    lines = lines_of(RECORD)
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    found = [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance]
    assert found[1:] == [
        (AttendanceRole.PRESENT, "Cllr Ben Moss", None, 9),
        (AttendanceRole.PRESENT, "Cllr Carl Lowe", None, 9),
        (AttendanceRole.PRESENT, "Cllr Dina Patel", None, 9),
        (AttendanceRole.PRESENT, "Cllr Eve Hart", None, 13),
        (AttendanceRole.PRESENT, "Cllr Finn O'Dowd", None, 13),
    ]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Labour", True),
        ("Liberal Democrat Group", True),
        ("Conservative Liberal Democrat", True),
        ("Labour UKIP Independent", True),
        ("Cllr Ann Green", False),
        ("Labour Party policy was debated", False),
        ("Independent Member", False),
    ],
)
def test_a_party_heading_is_group_names_alone(text: str, heading: bool) -> None:
    assert party_columns_heading(text) is heading
