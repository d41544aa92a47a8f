"""A substitute member who sat in as an observer keeps the role of the list naming them."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists


def _read(texts: list[str]) -> list[tuple[AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_substitute_member_observing() -> None:
    found = _read(
        [
            "Present:",
            "Mr A Reid, Mrs B Moss",
            "",
            "Also in attendance as an Observer:",
            "",
            "Mr C Lowe (Substitute Member)",
        ]
    )
    assert (AttendanceRole.IN_ATTENDANCE, "Mr C Lowe", "Substitute Member") in found


def test_substitute_member_among_those_present_still_substitutes() -> None:
    found = _read(["Present: Mr A Reid, Mr C Lowe (Substitute Member)"])
    assert (AttendanceRole.SUBSTITUTE, "Mr C Lowe", None) in found
