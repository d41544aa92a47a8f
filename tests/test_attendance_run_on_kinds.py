"""A kind of member's label run on after a name inside the list of those present."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import opens_attendance, read_attendance_lists
from minutebook.parsing.attendance_run_on_kinds import cut_member_kinds

PRESENT = AttendanceRole.PRESENT


def _texts(text: str) -> list[str]:
    return [line.text for line in cut_member_kinds([Line(4, text)], opens_attendance)]


def test_the_line_is_cut_before_each_kind() -> None:
    assert _texts(
        "Present: Dr Ann Reid (Chair) Non-Executive Members: Mrs Bea Moss Mr Carl Lowe"
    ) == ["Present: Dr Ann Reid (Chair)", "Non-Executive Members: Mrs Bea Moss Mr Carl Lowe"]
    assert _texts("Present: Cllr A Reid, Cllr B Moss Co-opted Members: C Lowe, D Pym") == [
        "Present: Cllr A Reid, Cllr B Moss",
        "Co-opted Members: C Lowe, D Pym",
    ]


def test_sentences_and_other_labels_stay_whole() -> None:
    for text in (
        "Present: the following Independent Members: Mrs Bea Moss and Mr Carl Lowe",
        "Present: Mrs Bea Moss, who thanked the Executive Members: Mr Lowe replied",
        "Independent Members: Mrs Bea Moss Mr Carl Lowe",
        "Present: Dr Ann Reid (Chair) Finance Members: noted the report",
        "The report was noted by Dr Ann Reid Executive Members: Mr Carl Lowe",
    ):
        assert _texts(text) == [text]


def test_the_kind_is_the_capacity_of_the_names_after_it() -> None:
    lines = [
        Line(
            4,
            "Present: Dr Ann Reid (Chair) Non-Executive Members: Mrs Bea Moss (Vice Chair) "
            "Mr Carl Lowe Cllr Dan Pym",
        ),
        Line(6, "In attendance: Mrs Eve Hart (Board Secretary)"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity) for f in part.attendance][:4] == [
        (PRESENT, "Dr Ann Reid", "Chair"),
        (PRESENT, "Mrs Bea Moss", "Vice Chair"),
        (PRESENT, "Mr Carl Lowe", "Non-Executive Members"),
        (PRESENT, "Cllr Dan Pym", "Non-Executive Members"),
    ]
