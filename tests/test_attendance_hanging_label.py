"""A label in a column of its own, no colon, its names beside it on the same line."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_hanging_label import hanging_label

PRESENT = AttendanceRole.PRESENT


def test_a_label_before_a_title_opens_the_names() -> None:
    text = "Members Councillors Ashby, Mrs Pell and Yardley (Chair)"
    assert hanging_label(text) == (
        "Members",
        PRESENT,
        "Councillors Ashby, Mrs Pell and Yardley (Chair)",
    )
    assert hanging_label("Present   Councillor A Reid, Councillor B Moss") == (
        "Present",
        PRESENT,
        "Councillor A Reid, Councillor B Moss",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Members noted the report of the Treasurer.",
        "Members Councillors were reminded that the meeting is being recorded and filmed.",
        "Officers Chief Fire Officer, Treasurer",
        "Present: Councillor A Reid",  # a colon: label_line reads it
    ],
)
def test_a_sentence_or_another_label_is_not_one(text: str) -> None:
    assert hanging_label(text) is None


def test_the_opening_reads_the_names() -> None:
    lines = [
        Line(1, "Minutes of the Meeting of the Carrowdale Fire Authority held on 6 March 2018"),
        Line(3, "Members Councillors Ashby, Mrs Pell and Yardley (Chair)"),
        Line(5, "Officers Chief Fire Officer, Treasurer"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance] == [
        (PRESENT, "Ashby", None, 3),
        (PRESENT, "Mrs Pell", None, 3),
        (PRESENT, "Yardley", "Chair", 3),
    ]
