"""A label of several words in a table's first column, no colon, its names beside it."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import label_line, read_attendance_lists
from minutebook.parsing.attendance_table_labels import column_label

PRESENT = AttendanceRole.PRESENT
ALSO = AttendanceRole.ALSO_PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Also Present Cllrs Nora Pell, Owen Tarrant",
            ("Also Present", ALSO, "Cllrs Nora Pell, Owen Tarrant"),
        ),
        (
            "Officers Present Kit Marlow, Jo Fenwick, Sam Ardley",
            ("Officers Present", IN_ATTENDANCE, "Kit Marlow, Jo Fenwick, Sam Ardley"),
        ),
        (
            "In Attendance Mrs R Quill Town Clerk",
            ("In Attendance", IN_ATTENDANCE, "Mrs R Quill Town Clerk"),
        ),
        (
            "Co-opted (Voting) Cllr Lia Brand (Parish Rep)",
            ("Co-opted (Voting)", PRESENT, "Cllr Lia Brand (Parish Rep)"),
        ),
    ],
)
def test_a_label_of_the_genre_before_the_names_opens_them(
    text: str, expected: tuple[str, AttendanceRole, str]
) -> None:
    assert column_label(text, label_line) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Also Present were members of the public who spoke on the plans.",
        "Officers Present the report to the committee and answered questions.",
        "In Attendance figures for the leisure centre rose over the year.",
        "Apologies None",
        "Officers Present Kit Marlow",  # one untitled name: too little to tell a list
        "Present: Cllr A Reid",  # a colon: label_line reads it
        "Minutes Cllr A Reid asked about the bins.",
    ],
)
def test_a_sentence_or_an_unknown_label_is_not_one(text: str) -> None:
    assert column_label(text, label_line) is None


def test_the_table_rows_read_their_names() -> None:
    lines = [
        Line(1, "Minutes of the Meeting of the Scrutiny Committee held on 4 May 2021"),
        Line(3, "Present Cllrs Ada Lyle (Chairman), Ben Coyle, Cy Dunmore"),
        Line(4, "Co-opted (Voting) Cllr Lia Brand (Parish Rep)"),
        Line(5, "Also Present Cllrs Nora Pell, Owen Tarrant"),
        Line(6, "Officers Present Kit Marlow, Jo Fenwick, Sam Ardley"),
        Line(7, "1. Minutes"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.line) for f in part.attendance][3:] == [
        (PRESENT, "Cllr Lia Brand", 4),
        (ALSO, "Nora Pell", 5),
        (ALSO, "Owen Tarrant", 5),
        (IN_ATTENDANCE, "Kit Marlow", 6),
        (IN_ATTENDANCE, "Jo Fenwick", 6),
        (IN_ATTENDANCE, "Sam Ardley", 6),
    ]


def test_titled_rows_with_long_posts_are_a_list() -> None:
    """Posts full of small words ("Director of Care and of Older People's Services") do
    not make the run of titled rows a sentence."""
    rest = (
        "Mrs A Quill, Chair Dr B Fenn, Chief Executive Mr C Lorne, Director of Care and "
        "of Older People's Services Ms D Pryor, Director of Finance and of Estates"
    )
    assert column_label(f"PRESENT {rest}", label_line) == ("PRESENT", PRESENT, rest)


def test_a_titled_sentence_with_small_words_stays_unread() -> None:
    text = "Present Mrs A Quill said that the report of the officers was late and that it was"
    assert column_label(text, label_line) is None


def test_the_councils_own_officials_are_in_attendance() -> None:
    """ "Council Officials Present:" (Scottish councils) labels the officers, as
    "Officials Present:" does."""
    found = label_line("Council Officials Present: Mrs A Quill, Chief Executive")
    assert found == ("Council Officials Present", IN_ATTENDANCE, "Mrs A Quill, Chief Executive")
    assert label_line("Council Officers in Attendance: Mr B Fenn") is not None
    assert label_line("Council officials were asked to report back to the committee.") is None
