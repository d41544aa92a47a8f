"""Officers one a line: a comma after each name and commas inside the post, or the post
after the name with no comma ("D Pym Head of Finance")."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance_comma_rows import officer_comma_rows, officer_row

OFFICER = AttendanceRole.IN_ATTENDANCE


def test_a_row_is_a_name_a_comma_and_a_post() -> None:
    assert officer_row("B Moss, Depute Chief Fire Officer") == (
        "B Moss",
        "Depute Chief Fire Officer",
    )
    assert officer_row("Mrs C Lowe, Area Manager, Community Safety, WFRS") == (
        "Mrs C Lowe",
        "Area Manager, Community Safety, WFRS",
    )
    assert officer_row("Mr A Reid, Mrs B Moss, Mr C Lowe") is None  # names, not a post
    assert officer_row("Mr A Reid, Chair, presided.") is None  # a sentence
    assert officer_row("Wyke Council, Fenby Council") is None  # no person, no office


def test_only_runs_of_rows_are_rewritten() -> None:
    lines = [
        Line(1, "Mr A Reid, Chief Fire Officer"),
        Line(2, "B Moss, Depute Chief Fire Officer"),
        Line(3, "Mrs C Lowe, Area Manager, Community Safety, WFRS"),
        Line(4, ""),
        Line(5, "Ms D Pym, Clerk"),
    ]
    assert [li.text for li in officer_comma_rows(lines)] == [
        "Mr A Reid (Chief Fire Officer);",
        "B Moss (Depute Chief Fire Officer);",
        "Mrs C Lowe (Area Manager, Community Safety, WFRS);",
        "",
        "Ms D Pym, Clerk",
    ]


def test_officials_in_attendance_keep_their_whole_posts() -> None:
    found = attendance_of(
        "Minutes of Meeting of the Wyke Fire Board held in the Council Chamber, Wyke, on"
        " Friday, 6 March 2009 at 10.30 a.m.\n\nPresent: Mr E Hale, Mr F Ward\n\n"
        "Officials in attendance:\n\nMr A Reid, Chief Fire Officer\n"
        "B Moss, Depute Chief Fire Officer\nMrs C Lowe, Area Manager, Community Safety, WFRS\n"
        "\n1. Apologies for Absence\n\nThere were no apologies.\n"
    )
    assert [f for f in found if f[0] is OFFICER] == [
        (OFFICER, "Mr A Reid", "Chief Fire Officer", 7),
        (OFFICER, "B Moss", "Depute Chief Fire Officer", 8),
        (OFFICER, "Mrs C Lowe", "Area Manager, Community Safety, WFRS", 9),
    ]


def test_a_name_then_a_post_with_of_is_a_row_not_a_heading() -> None:
    found = attendance_of(
        "MINUTES of the Meeting of the WYKE FIRE AUTHORITY held on Thursday 7 March 2024\n\n"
        "Present:\n\nCouncillors: A Reid, B Moss, C Lowe.\n\nOfficers in Attendance:\n\n"
        "D Pym Head of Corporate Services/Treasurer\n\nE Hale            Chief Fire Officer\n"
        "\n1 APOLOGIES FOR ABSENCE\n\nThere were none.\n"
    )
    assert [f for f in found if f[0] is OFFICER] == [
        (OFFICER, "D Pym", "Head of Corporate Services/Treasurer", 9),
        (OFFICER, "E Hale", "Chief Fire Officer", 11),
    ]
