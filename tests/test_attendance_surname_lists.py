"""Members present printed as bare surnames under the label (invented roll in the genre's
layout): the list is read, not taken for a heading."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_surname_lists import surname_list


def _read(*texts: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(k, t) for k, t in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout=Layout.MINUTES)
    read_attendance_lists(part, lines, "a.txt", Diagnostics())
    return [(a.role.value, a.as_written, a.capacity) for a in part.attendance]


def test_a_roll_of_bare_surnames_under_present_is_read() -> None:
    assert _read(
        "Present:",
        "Amos (Chair), Bligh, Carr, D Dale, E Dale, Mrs F Eden, OBE, McTigue and Fyfe",
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
