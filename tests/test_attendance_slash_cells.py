"""An attendance table whose cells a converter joined with a spaced slash."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, Part
from minutebook.parsing.attendance import label_alone, read_attendance_lists
from minutebook.parsing.attendance_slash_cells import slash_cells, slash_row


def test_rows_of_a_name_and_a_post_become_cells() -> None:
    assert slash_row("Mrs Ann Reid / Non-Executive Board Member", label_alone) == [
        "Mrs Ann Reid",
        "Non-Executive Board Member",
    ]
    assert slash_row("By Invitation / Dr Ben Moss / Director of Finance", label_alone) == [
        "By Invitation",
        "Dr Ben Moss",
        "Director of Finance",
    ]


def test_other_rows_are_left_as_printed() -> None:
    assert slash_row("Ann Reid / Ben Moss", label_alone) is None  # a shared seat
    assert slash_row("Mrs Ann Reid / Mr Ben Moss", label_alone) is None
    assert slash_row("Item / Subject / Action", label_alone) is None
    assert slash_row("1. / APOLOGIES", label_alone) is None
    assert slash_row("Mrs Ann Reid, Non-Executive Board Member", label_alone) is None
    assert slash_row("Planning / Mr Carl Lowe / Chief Executive", label_alone) is None


def test_a_first_row_broken_apart_is_joined() -> None:
    lines = [
        Line(4, "Present"),
        Line(5, ""),
        Line(6, "/"),
        Line(7, ""),
        Line(8, "Mr Carl Lowe"),
        Line(9, ""),
        Line(10, "/ Chairman"),
        Line(11, "Ms Dora Pym / Medical Director"),
    ]
    assert slash_cells(lines, label_alone) == [
        Line(4, "Present"),
        Line(8, "Mr Carl Lowe\tChairman"),
        Line(11, "Ms Dora Pym\tMedical Director"),
    ]


def test_a_name_without_a_slashed_post_is_left_alone() -> None:
    lines = [Line(4, "Present:"), Line(5, "Mr Carl Lowe"), Line(6, "Ms Dora Pym")]
    assert slash_cells(lines, label_alone) == lines


def test_the_table_is_read_with_its_groups() -> None:
    lines = [
        Line(1, "Present / Mr Carl Lowe / Chairman"),
        Line(2, "Ms Dora Pym / Non-Executive Board Member"),
        Line(3, "By Invitation / Mrs Ella Shaw / Head of Communications"),
        Line(4, "Attending / Mr Fred Dunn / Board Secretary"),
        Line(5, "Item / Subject / Action"),
    ]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "x.txt", Diagnostics())
    assert [(str(a.role), a.as_written, a.capacity) for a in part.attendance] == [
        ("present", "Mr Carl Lowe", "Chairman"),
        ("present", "Ms Dora Pym", "Non-Executive Board Member"),
        ("also_present", "Mrs Ella Shaw", "Head of Communications"),
        ("in_attendance", "Mr Fred Dunn", "Board Secretary"),
    ]


def test_a_row_below_a_cut_row_takes_any_short_post() -> None:
    lines = [
        Line(1, "IN ATTENDANCE"),
        Line(2, "Mr Carl Lowe / Director of Finance"),
        Line(3, "Ms Dora Pym / Secretariat"),
        Line(4, "Mrs Eva Tull / WRA (for item 4/12)"),
    ]
    assert [line.text for line in slash_cells(lines, label_alone)] == [
        "IN ATTENDANCE",
        "Mr Carl Lowe\tDirector of Finance",
        "Ms Dora Pym\tSecretariat",
        "Mrs Eva Tull\tWRA (for item 4/12)",
    ]


def test_a_first_row_without_an_office_or_a_second_person_stays() -> None:
    lines = [Line(1, "Ms Dora Pym / Secretariat"), Line(2, "Mr Carl Lowe / Mr Ben Moss")]
    assert slash_cells(lines, label_alone) == lines
    below = [Line(1, "Mr Carl Lowe / Director of Finance"), Line(2, "Mrs Ann Reid / Mr Ben Moss")]
    assert slash_cells(below, label_alone)[1] == below[1]
