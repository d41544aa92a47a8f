"""Members present printed as a grid of untitled forenames and surnames (invented
example; `parsing.attendance_name_grids`)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance_name_grids import name_grid_rows
from opening_facts import parsed

GRID = (
    "FENBY HARBOUR BOARD\n\n"
    "Minutes of the meeting held on Monday 1 February 2025 from 2pm held via Zoom.\n\n"
    "Present Ann Reid (Chairman)\n\n"
    "Ben Moss Cara Lowe Dan Pym Eve Hart\n\n"
    "Fay Dunn Gil Ives\n\n"
    "Officers\n\n"
    "Hal Amos Ian Bell\n\n"
    "Apologies were received from Jo Kerr.\n\n"
    "1. MINUTES\n\nThe minutes of the meeting held on 4 January 2025 were agreed.\n"
)


def test_each_row_of_the_grid_is_read_as_pairs_under_its_label() -> None:
    part = parsed(GRID).parts[0]
    assert [(a.role.value, a.as_written, a.capacity, a.line) for a in part.attendance][:8] == [
        ("present", "Ann Reid", "Chairman", 5),
        ("present", "Ben Moss", None, 7),
        ("present", "Cara Lowe", None, 7),
        ("present", "Dan Pym", None, 7),
        ("present", "Eve Hart", None, 7),
        ("present", "Fay Dunn", None, 9),
        ("present", "Gil Ives", None, 9),
        ("in_attendance", "Hal Amos", None, 13),
    ]


def test_rows_of_an_odd_count_or_too_few_names_are_left_alone() -> None:
    lines = [Line(1, "Present Ann Reid (Chairman)"), Line(2, "Ben Moss Cara Lowe Dan")]
    assert name_grid_rows(lines) == lines
    few = [Line(1, "Present Ann Reid"), Line(2, "Ben Moss")]
    assert name_grid_rows(few) == few


def test_a_two_column_table_flattened_row_by_row_under_a_members_heading() -> None:
    names = "Ben Moss Cara Lowe Dan Pym Eve Hart Fay Dunn Gil Ives Hal Amos Ian Bell Jo Kerr"
    lines = [
        Line(1, "Present: Members Ann Reid (Chairman) Kit Lamb (Deputy Chairman)"),
        Line(2, ""),
        Line(3, f"{names} Lyn Moor Max Noon"),
        Line(4, "Officers Ned Oak Director of Strategy"),
    ]
    out = name_grid_rows(lines)
    assert [line.text for line in out[:2]] == [
        "Present:",
        "Ann Reid (Chairman) Kit Lamb (Deputy Chairman)",
    ]
    rewritten = next(line.text for line in out if line.number == 3)
    assert rewritten.startswith("Ben Moss, Cara Lowe, Dan Pym,")
    assert rewritten.endswith("Lyn Moor, Max Noon")
