"""Members present printed as bare surnames under the label, or down columns whose title
is a ditto mark after the first row (invented rolls in the genre's layout)."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_ditto_marks import without_ditto_marks
from minutebook.parsing.attendance_surname_lists import surname_list


def _read(*texts: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(k, t) for k, t in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout=Layout.MINUTES)
    read_attendance_lists(part, lines, "a.txt", Diagnostics())
    return [(a.role.value, a.as_written, a.capacity) for a in part.attendance]


def test_a_roll_of_bare_surnames_under_present_is_read() -> None:
    assert _read(
        "Present:",
        "Amos (Chair), Bligh, Carr, D Dale, E Dale, Mrs F Eden, OBE, McTigue, O'Neill and Fyfe",
        "Officers:",
        "R Gunn and S Hale",
    ) == [
        ("present", "Amos", "Chair"),
        ("present", "Bligh", None),
        ("present", "Carr", None),
        ("present", "D Dale", None),
        ("present", "E Dale", None),
        ("present", "Mrs F Eden, OBE", None),
        ("present", "McTigue", None),
        ("present", "O'Neill", None),
        ("present", "Fyfe", None),
        ("in_attendance", "R Gunn", None),
        ("in_attendance", "S Hale", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Apologies, Declarations and Minutes",  # three: too few for a roll
        "Finance, Planning, Highways and the Environment",  # a word in lower case
        "Declarations of Interest, Minutes, Finance and Planning",
        "Ann Reid, Ben Moss, Cara Lowe and Dan Pym",  # whole names: other readers' lists
    ],
)
def test_what_is_no_roll_of_surnames(text: str) -> None:
    assert not surname_list(text)


def test_ditto_marks_down_a_column_part_the_names_they_stand_before() -> None:
    assert _read(
        "PRESENT: Councillor Ann Reid (Chairman)",
        "",
        "Councillor Ben Moss Councillor Cara Lowe “ Dan Pym “ Eve Hale " + '" Fay Ives “',
    ) == [
        ("present", "Councillor Ann Reid", "Chairman"),
        ("present", "Councillor Ben Moss", None),
        ("present", "Councillor Cara Lowe", None),
        ("present", "Dan Pym", None),
        ("present", "Eve Hale", None),
        ("present", "Fay Ives", None),
    ]


def test_one_quote_after_a_titled_name_is_no_ditto() -> None:
    assert without_ditto_marks("Councillor Ann Reid “ the Leader ” spoke") == (
        "Councillor Ann Reid “ the Leader ” spoke"
    )
