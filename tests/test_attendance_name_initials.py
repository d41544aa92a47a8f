"""People one a line as "Name INITIALS Post", a flattened three-column table."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance_name_initials import initials_row, name_initials_rows


def test_a_row_is_a_name_its_initials_and_a_post() -> None:
    assert initials_row("Dr Ann Reid AR Clinical Chair") == ("Dr Ann Reid", "Clinical Chair")
    assert initials_row("Bob Moss (BM) : Chief Finance Officer") == (
        "Bob Moss",
        "Chief Finance Officer",
    )
    assert initials_row("Cara Lowe-Hart CLH Lay Member for Audit") == (
        "Cara Lowe-Hart",
        "Lay Member for Audit",
    )
    assert initials_row("Dan Moss DMo Head of Governance (part meeting)") == (
        "Dan Moss",
        "Head of Governance (part meeting)",
    )
    assert initials_row("Professor Eve Jane Hart EJH Medical Director") == (
        "Professor Eve Jane Hart",
        "Medical Director",
    )


def test_other_lines_are_no_rows() -> None:
    assert initials_row("Dr Ann Reid AR welcomed members to the meeting") is None
    assert initials_row("Dr Ann Reid XY Clinical Chair") is None  # not her initials
    assert initials_row("Ann Reid AR Clinical Chair.") is None  # a sentence
    assert initials_row("Ann Reid Clinical Chair") is None  # no initials
    assert initials_row("Fenby CCG Governing Body Meeting") is None
    assert initials_row("Apologies: Ann Reid AR Chair") is None
    assert initials_row("Ann Reid AR") is None  # no post


def test_rows_are_rewritten_only_when_there_are_enough() -> None:
    rows = [
        Line(1, "Present:"),
        Line(2, "Dr Ann Reid AR Clinical Chair"),
        Line(3, "Bob Moss BM Chief Finance Officer"),
        Line(4, "Apologies:"),
        Line(5, "Cara Lowe CL Governing Body GP"),
    ]
    assert [li.text for li in name_initials_rows(rows)] == [
        "Present:",
        "Dr Ann Reid (Clinical Chair);",
        "Bob Moss (Chief Finance Officer);",
        "Apologies:",
        "Cara Lowe (Governing Body GP);",
    ]
    assert name_initials_rows(rows[:3]) == rows[:3]


def test_minutes_read_each_row_with_its_post() -> None:
    text = (
        "Fenby CCG Governing Body Meeting in Public\n"
        "Held on 3 May 2024 at Fenby House\n"
        "Present:\n"
        "Dr Ann Reid AR Clinical Chair\n"
        "Bob Moss BMo Lay Member for Patient and Public Involvement / Vice Chair\n"
        "Apologies:\n"
        "Cara Lowe CL Director of Public Health – Fenby Council\n"
        "In attendance:\n"
        "Dan Pym DP Corporate Governance Manager\n"
        "1. Welcome\n"
        "Dr Ann Reid (AR) welcomed members to the meeting.\n"
    )
    assert attendance_of(text) == [
        (AttendanceRole.PRESENT, "Dr Ann Reid", "Clinical Chair", 4),
        (
            AttendanceRole.PRESENT,
            "Bob Moss",
            "Lay Member for Patient and Public Involvement / Vice Chair",
            5,
        ),
        (AttendanceRole.APOLOGIES, "Cara Lowe", "Director of Public Health – Fenby Council", 7),
        (AttendanceRole.IN_ATTENDANCE, "Dan Pym", "Corporate Governance Manager", 9),
    ]


def test_a_bracketed_tag_before_a_dash_is_left_to_the_list_reader() -> None:
    assert initials_row("Ann Reid (AR) – Head of Finance, Local Policing") is None
