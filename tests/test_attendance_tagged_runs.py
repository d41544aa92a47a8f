"""People tagged with their initials in brackets, run on after a label with no commas."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import label_line, read_attendance_lists
from minutebook.parsing.attendance_tagged_runs import tagged_entries, tagged_runs

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def test_each_post_follows_its_tag() -> None:
    assert tagged_entries(
        "Ann Reid (AR) Chief Officer Bob Moss (BMo) Director of Finance, Estates and Fleet "
        "Carys McAdam (CMcA) Board Support/Minutes"
    ) == [
        ("Ann Reid", "Chief Officer"),
        ("Bob Moss", "Director of Finance, Estates and Fleet"),
        ("Carys McAdam", "Board Support/Minutes"),
    ]


def test_a_post_before_the_tag_after_a_comma_or_dash() -> None:
    assert tagged_entries(
        "Dora Kent, Chair (DK) Euan Pryce, Deputy Chair (EP) Fay Lund (FL) Gus Orr (GO)"
    ) == [
        ("Dora Kent", "Chair"),
        ("Euan Pryce", "Deputy Chair"),
        ("Fay Lund", None),
        ("Gus Orr", None),
    ]
    assert tagged_entries(
        "CCllr Ian Rowe (IR) – Chair CCllr Jo Snell (JS) Kit Tait – Ward Councillor (KT) "
        "Mrs Lyn Vale (LV)"
    ) == [
        ("CCllr Ian Rowe", "Chair"),
        ("CCllr Jo Snell", None),
        ("Kit Tait", "Ward Councillor"),
        ("Mrs Lyn Vale", None),
    ]


def test_runs_that_are_not_tagged_people_are_left() -> None:
    assert tagged_entries("Ann Reid (AR) Bob Moss (BM)") is None  # too few tags
    assert tagged_entries("Ann Reid (BM) Bob Moss (BM) Cara Lowe (CL)") is None
    assert tagged_entries("Director of Finance (DoF) Head of Law (HL) Clerk (CK)") is None
    assert (
        tagged_entries(
            "Ann Reid (AR) Bob Moss (BM) Cara Lowe (CL) who then left the meeting after "
            "the discussion of the budget and did not return to the meeting at all."
        )
        is None
    )


def test_a_sentence_after_a_label_is_not_rewritten() -> None:
    lines = [Line(4, "Note: the Board (TB) met the Trust (NT) and Council (CC) twice.")]
    assert tagged_runs(lines, label_line) == lines


def test_the_opening_reads_each_name_and_post() -> None:
    lines = [
        Line(1, "Minutes of the Meeting of the Glenmoor Fire Board held on 4 May 2021"),
        Line(3, "PRESENT: Dora Kent, Chair (DK) Fay Lund (FL) Gus Orr (GO)"),
        Line(
            4,
            "IN ATTENDANCE: Ann Reid (AR) Chief Officer Bob Moss (BMo) Director of Finance, "
            "Estates and Fleet Hal Quinn (HQ) Board Support",
        ),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance] == [
        (PRESENT, "Dora Kent", "Chair", 3),
        (PRESENT, "Fay Lund", None, 3),
        (PRESENT, "Gus Orr", None, 3),
        (IN_ATTENDANCE, "Ann Reid", "Chief Officer", 4),
        (IN_ATTENDANCE, "Bob Moss", "Director of Finance, Estates and Fleet", 4),
        (IN_ATTENDANCE, "Hal Quinn", "Board Support", 4),
    ]
