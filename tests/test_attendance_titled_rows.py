"""A "Name | Post" table flattened onto one run, a title opening each row."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_titled_rows import titled_rows

IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def _rows(text: str) -> list[tuple[str, str | None]] | None:
    found = titled_rows(text)
    if found is None:
        return None
    return [(m.entry.as_written, m.entry.capacity) for m in found]


def test_rows_after_commas() -> None:
    assert _rows(
        "Mrs A Reid, Chief Executive Mr B McKay, Depute Chief Executive (Resources) "
        "Ms C Lowe, Head of Education Mr D Pym-Hart, Team Manager – Communications"
    ) == [
        ("Mrs A Reid", "Chief Executive"),
        ("Mr B McKay", "Depute Chief Executive (Resources)"),
        ("Ms C Lowe", "Head of Education"),
        ("Mr D Pym-Hart", "Team Manager – Communications"),
    ]


def test_rows_without_commas_and_a_row_with_no_post() -> None:
    assert _rows(
        "Miss E Dunn Communications Manager Dr F Hale Mr G Rowe Director of Finance "
        "Mr H Tate Staff Side Representative (Union) Mrs J Vane Board Secretary"
    ) == [
        ("Miss E Dunn", "Communications Manager"),
        ("Dr F Hale", None),
        ("Mr G Rowe", "Director of Finance"),
        ("Mr H Tate", "Staff Side Representative (Union)"),
        ("Mrs J Vane", "Board Secretary"),
    ]


def test_a_given_name_and_a_bracket_after_the_name() -> None:
    assert _rows(
        "Mr Ian Reid (Chairman) Northdown District Council Mrs Kay Moss Eastwold "
        "Borough Council Ms Lyn Hart Head of Legal Services"
    ) == [
        ("Mr Ian Reid", "Northdown District Council, Chairman"),
        ("Mrs Kay Moss", "Eastwold Borough Council"),
        ("Ms Lyn Hart", "Head of Legal Services"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a list: each row closed by a comma, left to the name reader
        "Mr A Reid, Chief Executive, Ms B Moss, Head of Finance, Mr C Lowe, Clerk",
        "Cllr A Reid; Cllr B Moss; Cllr C Lowe",
        # names alone: no posts
        "Mr A Reid Mrs B Moss Ms C Lowe Dr D Pym",
        # too few rows
        "Mrs A Reid, Chief Executive Mr B Moss, Head of Finance",
        # a sentence
        "Mr A Reid Chief Executive said Mrs B Moss Head of Finance had Ms C Lowe Clerk",
        # not opening with a title
        "Present were Mr A Reid Chief Executive Ms B Moss Clerk Mr C Lowe Treasurer",
    ],
)
def test_other_runs_stay_unread(text: str) -> None:
    assert titled_rows(text) is None


def test_the_in_attendance_list_reads_the_rows_with_their_lines() -> None:
    lines = [
        Line(1, "Present: Cllr E Dunn (Chair)"),
        Line(
            2,
            "In Attendance: Mrs A Reid, Chief Executive Mr B Moss Head of Finance "
            "Ms C Lowe, Democratic Services Officer Dr D Pym Medical Director",
        ),
    ]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance][1:] == [
        (IN_ATTENDANCE, "Mrs A Reid", "Chief Executive", 2),
        (IN_ATTENDANCE, "Mr B Moss", "Head of Finance", 2),
        (IN_ATTENDANCE, "Ms C Lowe", "Democratic Services Officer", 2),
        (IN_ATTENDANCE, "Dr D Pym", "Medical Director", 2),
    ]
