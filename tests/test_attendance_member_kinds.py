"""A kind of member heading the next group of those present, its name untitled."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_member_kinds import member_kind_group

PRESENT = AttendanceRole.PRESENT


def test_a_kind_of_member_and_a_name() -> None:
    assert member_kind_group("Community Co-opted Member", "Amrit Dhaliwal.")
    assert member_kind_group("Independent members", "Ann Reid and Bob Moss")
    assert not member_kind_group("Community Co-opted Member", "")
    assert not member_kind_group("Members", "noted the report of the chief executive")
    assert not member_kind_group("Chief Executive", "Ann Reid")


def test_the_group_after_the_councillors_run_of_names() -> None:
    lines = [
        Line(1, "Present: Councillors: Rhona Beck (Ashwold County Council), Tobias Venn"),
        Line(2, "(Marlow District Council)."),
        Line(3, "Community Co-opted Member: Amrit Dhaliwal."),
        Line(4, "Independent Co-opted member: Councillor Neil Orme (Ashwold County Council)"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance][2:] == [
        (PRESENT, "Amrit Dhaliwal", "Community Co-opted Member", 3),
        (PRESENT, "Councillor Neil Orme", "Ashwold County Council", 4),
    ]
