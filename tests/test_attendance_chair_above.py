"""Who chaired, on a line of its own above the lists of those present."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_chair_above import chair_above

PRESENT = AttendanceRole.PRESENT


def test_the_office_before_the_name_is_the_capacity() -> None:
    assert chair_above("The Worshipful the Mayor Councillor Ann Reid in the Chair") == (
        "Councillor Ann Reid",
        "The Worshipful the Mayor",
    )
    assert chair_above("Cllr B Moss (in the Chair)") == ("Cllr B Moss", "in the Chair")
    tagged = "Councillor D. Hale (DH) (in the chair)."
    assert chair_above(tagged) == ("Councillor D. Hale", "in the Chair")


@pytest.mark.parametrize(
    "text", ["The Vice-Chairman in the Chair", "Ann Reid in the Chair", "Mayor's report"]
)
def test_no_titled_name_no_chair(text: str) -> None:
    assert chair_above(text) is None


def _read(lines: list[Line]) -> list[tuple[AttendanceRole, str, str | None, int]]:
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance]


def test_the_chair_above_the_list_is_present() -> None:
    lines = [
        Line(9, "The Mayor Councillor Ann Reid in the Chair"),
        Line(11, "COUNCILLORS PRESENT:"),
        Line(12, "Councillors Bell, Dunn and Frost"),
    ]
    assert _read(lines) == [
        (PRESENT, "Councillor Ann Reid", "The Mayor", 9),
        (PRESENT, "Bell", None, 12),
        (PRESENT, "Dunn", None, 12),
        (PRESENT, "Frost", None, 12),
    ]


def test_a_chair_the_list_names_is_not_added_twice() -> None:
    lines = [
        Line(9, "Councillor Ann Reid in the Chair"),
        Line(11, "Present: Councillors Bell, Reid and Frost"),
    ]
    assert [name for _, name, _, _ in _read(lines)] == ["Bell", "Reid", "Frost"]


def test_office_fields_above_the_list_are_each_present() -> None:
    lines = [
        Line(7, "Chairman: Councillor Ann Reid"),
        Line(8, ""),
        Line(9, "Vice Chairman: Councillor Ben Moss"),
        Line(10, ""),
        Line(11, "Present: Councillors: Cara Lowe; Dan Pym"),
    ]
    assert _read(lines) == [
        (PRESENT, "Councillor Ann Reid", "Chairman", 7),
        (PRESENT, "Councillor Ben Moss", "Vice Chairman", 9),
        (PRESENT, "Cara Lowe", None, 11),
        (PRESENT, "Dan Pym", None, 11),
    ]
    assert chair_above("Chairman: the Leader of the Council") is None


def test_an_untitled_chair_field_over_the_councillors_field() -> None:
    """A parish's fields: "Chairman: M. Reid" over "Councillors: A. Bell, B. Dunn"."""
    lines = [
        Line(6, "Chairman: M. Reid"),
        Line(7, ""),
        Line(8, "Councillors: A. Bell, B. Dunn"),
    ]
    assert _read(lines) == [
        (PRESENT, "M. Reid", "Chairman", 6),
        (PRESENT, "A. Bell", None, 8),
        (PRESENT, "B. Dunn", None, 8),
    ]
    assert chair_above("Chairman: M. Reid") == ("M. Reid", "Chairman")
    assert chair_above("Chairman: Mr") is None
