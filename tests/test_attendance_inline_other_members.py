"""'Other Members present:' run on after the members on one line: a list of its own."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists


def test_other_members_cut_from_the_members_before() -> None:
    text = (
        "Present: A Reid (Leader), B Moss, C Lowe Other Members present: D Hart, E Gill "
        "Officers present: F Dunn (Chief Executive)"
    )
    lines = [Line(1, text)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    found = [(f.role, f.as_written) for f in part.attendance]
    assert found == [
        (AttendanceRole.PRESENT, "A Reid"),
        (AttendanceRole.PRESENT, "B Moss"),
        (AttendanceRole.PRESENT, "C Lowe"),
        (AttendanceRole.ALSO_PRESENT, "D Hart"),
        (AttendanceRole.ALSO_PRESENT, "E Gill"),
        (AttendanceRole.IN_ATTENDANCE, "F Dunn"),
    ]
