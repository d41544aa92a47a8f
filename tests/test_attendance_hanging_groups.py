"""Group headings in capitals broken over two lines of a left column, footnote marks
beside names, and a substitute's organisation between commas."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import members_heading, read_attendance_lists
from minutebook.parsing.names import split_name_list

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def _read(texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


def test_a_kind_of_member_in_capitals_is_a_heading() -> None:
    assert members_heading("ELECTED MEMBERS:") == "Elected Members"
    assert members_heading("Elected Members") == "Elected Members"


def test_capital_headings_broken_in_the_left_column() -> None:
    assert _read(
        [
            "PRESENT:",
            "",
            "ELECTED              Councillor Ann Reid (Chairperson)",
            "MEMBERS:             Alderman Ben Moss",
            "                     Councillor Cara Lowe (1)",
            "",
            "PARTNER              Mr Dev Hart, Fenshire Housing Trust",
            "BODIES:              Ms Eve Dunn, Probation Service",
            "",
            "OFFICERS IN          Mrs Fay Gill, Partnership Manager",
            "ATTENDANCE:          Mr Gus Hale, Partnership Officer",
            "",
            "(1) Items 2 to close",
        ]
    ) == [
        (3, PRESENT, "Councillor Ann Reid", "Chairperson"),
        (4, PRESENT, "Alderman Ben Moss", "Elected Members"),
        (5, PRESENT, "Councillor Cara Lowe", "Elected Members"),
        (7, PRESENT, "Mr Dev Hart", "Fenshire Housing Trust"),
        (8, PRESENT, "Ms Eve Dunn", "Probation Service"),
        (10, IN_ATTENDANCE, "Mrs Fay Gill", "Partnership Manager"),
        (11, IN_ATTENDANCE, "Mr Gus Hale", "Partnership Officer"),
    ]


def test_footnote_marks_are_no_capacity() -> None:
    entries = split_name_list("Councillor Ann Reid (2)")
    assert [(e.as_written, e.capacity) for e in entries] == [("Councillor Ann Reid", None)]
    entries = split_name_list("(3) Inspector Ben Moss, Area Commander")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Inspector Ben Moss", "Area Commander")
    ]


def test_a_substitute_with_their_organisation_between_commas() -> None:
    assert _read(["Mr Dev Hart, Fenshire Housing Trust, attended in place of Ms Eve Dunn."]) == [
        (1, AttendanceRole.SUBSTITUTE, "Mr Dev Hart", "substitute for Ms Eve Dunn"),
    ]
