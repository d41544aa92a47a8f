"""A Scottish committee's attendance under headings of its own: the chair's line closes
the members present, a kind of member alone on its line opens more, and officers are
listed "Name, Post;" with an "and" inside a post."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole
from minutebook.parsing.names import split_name_list

RECORD = """\
Minute of Meeting Glenmuir Local Area Committee

Present: Councillor Ann Reid, Councillor Ben Moss

Chair

Councillor Moss, Depute Convener, presided.

Community Representatives

C Lowe, Glenmuir Community Council; D Hart, Kilbride Community Council; E Shaw, Youth
Forum; and H Kerr, Tenants' Association.

In Attendance

F Patel, Planning and Housing Manager (Chief Executive's); and G Dunn, Committee Officer

1 Community Safety Update

The Committee noted the update.

2 Local Grants

The Committee approved the grants listed.
"""


def test_a_kind_of_member_after_the_chair_line_is_present() -> None:
    part = parse_text(RECORD)
    found = [(a.role, a.as_written, a.line) for a in part.attendance]
    assert found == [
        (AttendanceRole.PRESENT, "Councillor Ann Reid", 3),
        (AttendanceRole.PRESENT, "Councillor Ben Moss", 3),
        (AttendanceRole.PRESENT, "C Lowe", 11),
        (AttendanceRole.PRESENT, "D Hart", 11),
        (AttendanceRole.PRESENT, "E Shaw", 11),
        (AttendanceRole.PRESENT, "H Kerr", 12),
        (AttendanceRole.IN_ATTENDANCE, "F Patel", 16),
        (AttendanceRole.IN_ATTENDANCE, "G Dunn", 16),
    ]
    assert part.attendance[2].capacity is not None
    assert part.attendance[2].capacity.startswith("Glenmuir Community Council")


def test_an_and_inside_a_post_parts_no_people_where_semicolons_part_them() -> None:
    entries = split_name_list(
        "F Patel, Planning and Housing Manager (Chief Executive's); and G Dunn, Committee Officer"
    )
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("F Patel", "Planning and Housing Manager (Chief Executive's)"),
        ("G Dunn", "Committee Officer"),
    ]
