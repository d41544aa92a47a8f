"""Guests' "Name - Post, Body" rows run together when a page is copied as one line."""

from __future__ import annotations

from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import flattened_dash_label
from minutebook.parsing.attendance_flattened_dashes import dash_rows

RUN = (
    "Ann Reid - Chief Executive, Wyke District Council Ben Moss OBE - Clerk, Fenby Borough"
    " Council Carl Lowe - Head of Planning, Wyke District Council Call-in Unless stated"
    " otherwise, all decisions are subject to call-in."
)


def test_rows_are_told_apart_by_the_body_closing_each_post() -> None:
    assert dash_rows(RUN) == [
        (0, "Ann Reid", "Chief Executive, Wyke District Council"),
        (50, "Ben Moss OBE", "Clerk, Fenby Borough Council"),
        (94, "Carl Lowe", "Head of Planning, Wyke District Council"),
    ]


def test_fewer_rows_or_posts_without_a_body_are_another_layout() -> None:
    assert dash_rows("Ann Reid - Chief Executive, Wyke District Council") is None
    assert dash_rows("Ann Reid - Clerk Ben Moss - Treasurer Carl Lowe - Solicitor") is None


def test_a_label_opens_the_rows() -> None:
    found = flattened_dash_label(f"Others in attendance: {RUN}")
    assert found is not None
    assert found[0] is AttendanceRole.IN_ATTENDANCE
    assert [name for _, name, _ in found[1]] == ["Ann Reid", "Ben Moss OBE", "Carl Lowe"]
    assert flattened_dash_label(RUN) is None
