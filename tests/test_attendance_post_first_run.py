"""Officers in a "Body – Post | Name" table flattened onto one run, and its later rows
printing the body alone before each officer (invented examples)."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_post_first_run import (
    post_first_rows,
    repeated_column_rows,
    table_rows_left,
)

RUN = (
    "WCA – Chief Executive Ann Reid WCA - Deputy Chief Executive Ben Moss WCA – Treasurer "
    "Cara Lowe Office of the Mayor Dev Pym"
)


def test_each_post_ends_on_an_office_word_before_its_officer() -> None:
    rows = post_first_rows(RUN)
    assert rows is not None
    assert [(r.entry.as_written, r.entry.capacity) for r in rows] == [
        ("Ann Reid", "WCA – Chief Executive"),
        ("Ben Moss", "WCA - Deputy Chief Executive"),
        ("Cara Lowe", "WCA – Treasurer"),
        ("Dev Pym", "Office of the Mayor"),
    ]
    # a list with commas, a run left unread at its end, or too few rows: no such table
    assert (
        post_first_rows("WCA – Treasurer Ann Reid, WCA – Clerk Ben Moss, X – Clerk C Lowe") is None
    )
    assert post_first_rows(f"{RUN} and the press") is None
    assert post_first_rows("WCA – Treasurer Ann Reid WCA – Clerk Ben Moss") is None


def test_the_body_repeated_before_each_officer_cuts_the_rows() -> None:
    rows = repeated_column_rows("WCA Eve Hale WCA Fay Rowe WCA Gus Tate")
    assert rows is not None
    assert [(r.entry.as_written, r.entry.capacity) for r in rows] == [
        ("Eve Hale", "WCA"),
        ("Fay Rowe", "WCA"),
        ("Gus Tate", "WCA"),
    ]
    assert repeated_column_rows("Eastwold Eve Hale Northdown Fay Rowe Sands Gus Tate") is None
    assert table_rows_left("Eastwold Eve Hale Northdown Fay Rowe Sands Gus Tate")
    assert not table_rows_left("The officers were thanked for their work on the plan")


def test_table_under_an_officers_label() -> None:
    found = attendance_of(
        "MINUTES OF THE WYKE COMBINED AUTHORITY MEETING HELD ON 3 MAY 2019 AT TOWN HALL\n"
        "\n"
        "OFFICERS IN ATTENDANCE:\n"
        "\n"
        f"{RUN}\n"
        "\n"
        "Eastwold Eve Hale Northdown Fay Rowe Sands Gus Tate\n"
        "\n"
        "WCA Hal Dunn WCA Ivy Lake WCA Jo Marsh\n"
        "\n"
        "WCA 1/19 APOLOGIES\n"
    )
    assert {role for role, _, _, _ in found} == {AttendanceRole.IN_ATTENDANCE}
    assert [(name, capacity, line) for _, name, capacity, line in found] == [
        ("Ann Reid", "WCA – Chief Executive", 5),
        ("Ben Moss", "WCA - Deputy Chief Executive", 5),
        ("Cara Lowe", "WCA – Treasurer", 5),
        ("Dev Pym", "Office of the Mayor", 5),
        # line 7 cannot be cut from its words: no one read, and a warning
        ("Hal Dunn", "WCA", 9),
        ("Ivy Lake", "WCA", 9),
        ("Jo Marsh", "WCA", 9),
    ]
