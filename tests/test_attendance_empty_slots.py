"""A list's empty slot names no one."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_empty_slots import printed_name


def test_a_name_is_kept_stripped() -> None:
    assert printed_name(" Mr A Reid ") == "Mr A Reid"


@pytest.mark.parametrize("written", ["", "  "])
def test_an_empty_slot_is_no_name(written: str) -> None:
    assert printed_name(written) is None


def test_the_list_reads_no_empty_slot() -> None:
    lines = [
        Line(4, "OFFICERS: Mr A Reid, Mrs B Moss (Legal)"),
        Line(5, "Mr C Lowe, , Mr D Ash, (Finance)"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.line) for f in part.attendance] == [
        (AttendanceRole.IN_ATTENDANCE, "Mr A Reid", 4),
        (AttendanceRole.IN_ATTENDANCE, "Mrs B Moss", 4),
        (AttendanceRole.IN_ATTENDANCE, "Mr C Lowe", 5),
        (AttendanceRole.IN_ATTENDANCE, "Mr D Ash", 5),
    ]
