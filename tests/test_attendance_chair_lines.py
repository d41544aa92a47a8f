"""A chair's name alone on a line inside a minute, "in the Chair"."""

from __future__ import annotations

from minutebook.model import AttendanceFacts, AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_for_item
from minutebook.parsing.attendance_chair_lines import chair_line


def test_a_name_in_the_chair() -> None:
    assert chair_line("A Reid (in the Chair)") == ("A Reid", "in the Chair")
    assert chair_line("Councillor B Moss in the Chair") == ("Councillor B Moss", "in the Chair")
    assert chair_line("The Vice-Chairman in the Chair") is None
    assert chair_line("It was agreed that A Reid be in the Chair") is None


def test_recorded_once_and_only_when_not_listed() -> None:
    body = [
        Line(10, "RESOLVED that A Reid be appointed as Chair for the ensuing year."),
        Line(11, "A Reid (in the Chair)"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    read_attendance_for_item(part, "1", body, "Appointment of Chair")
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (AttendanceRole.PRESENT, "A Reid", "in the Chair", 11),
    ]
    listed = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    listed.attendance.append(AttendanceFacts(AttendanceRole.PRESENT, "Councillor A Reid", None, 3))
    read_attendance_for_item(listed, "1", body, "Appointment of Chair")
    assert len(listed.attendance) == 1
