"""A bulleted list of members at the head of the minutes, its label lost."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_unlabelled_bullets import bulleted_person

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def test_a_bulleted_name() -> None:
    assert bulleted_person("  • Alan Cray (Chair)") == "Alan Cray"
    assert bulleted_person("• Sir Derek Vane") == "Sir Derek Vane"
    assert bulleted_person("• P. Edith Marlow.") == "P. Edith Marlow"


@pytest.mark.parametrize(
    "text",
    [
        "• Chief Executive",
        "• the budget was agreed",
        "- Alan Cray",
        "• Budget Monitoring Report 2019",
    ],
)
def test_a_post_a_sentence_or_another_mark_is_not_one(text: str) -> None:
    assert bulleted_person(text) is None


def test_the_members_before_the_labelled_officers() -> None:
    lines = [
        Line(1, "Minutes of the meeting of the Fenmarsh Police Authority held on 14 October 2005"),
        Line(3, "  • Alan Cray (Chair)"),
        Line(4, "  • Colin Ashdown."),
        Line(6, "Authority Officers:"),
        Line(8, "  • Gordon Bray (Clerk)"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance] == [
        (PRESENT, "Alan Cray", "Chair", 3),
        (PRESENT, "Colin Ashdown", None, 4),
        (IN_ATTENDANCE, "Gordon Bray", "Clerk", 8),
    ]


def test_bullets_after_a_label_are_read_as_before() -> None:
    lines = [
        Line(1, "Apologies:"),
        Line(2, "  • Alan Cray"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written) for f in part.attendance] == [
        (AttendanceRole.APOLOGIES, "Alan Cray")
    ]
