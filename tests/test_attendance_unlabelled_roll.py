"""The members present, listed under the minutes' heading with no label of their own."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_unlabelled_roll import roll_names

PRESENT = AttendanceRole.PRESENT
HEADING = Line(1, "Minutes of a Meeting of the Parish Council held at the Hall on 3 May 2024")


def _read(lines: list[Line]) -> list[tuple[AttendanceRole, str, str | None, int]]:
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Councillors A Reid (Chairman), B Moss and C Lowe", 3),
        ("Councillor Ann Reid (Mayor) Councillors Bob Moss and Cara Lowe", 3),
        ("Mrs D Hart", 1),
        ("Councillor A Reid welcomed everyone to the meeting", 0),
        ("Mr A Reid 3 May 2024", 0),
        ("Clerk to the Council D Hart", 0),
        ("Present: Councillors A Reid and B Moss", 0),
    ],
)
def test_a_line_of_titled_names_alone(text: str, count: int) -> None:
    assert roll_names(text) == count


def test_a_plural_title_under_the_heading_names_those_present() -> None:
    lines = [
        HEADING,
        Line(3, "Councillors A Reid (Chairman), B Moss and C Lowe"),
        Line(5, "1. Apologies"),
    ]
    assert _read(lines) == [
        (PRESENT, "A Reid", "Chairman", 3),
        (PRESENT, "B Moss", None, 3),
        (PRESENT, "C Lowe", None, 3),
    ]


def test_titled_names_one_a_line_above_the_officers() -> None:
    lines = [
        HEADING,
        Line(3, "Mr A Reid"),
        Line(4, "Mrs B Moss"),
        Line(6, "In attendance:"),
        Line(7, "Ann Hart   Clerk"),
    ]
    read = _read(lines)
    assert read[:2] == [(PRESENT, "Mr A Reid", None, 3), (PRESENT, "Mrs B Moss", None, 4)]
    assert all(role is not PRESENT for role, _, _, _ in read[2:])


def test_one_name_alone_is_no_list() -> None:
    lines = [HEADING, Line(3, "Mr A Reid"), Line(5, "1. Apologies")]
    assert _read(lines) == []


def test_a_labelled_list_comes_first() -> None:
    lines = [
        HEADING,
        Line(3, "Apologies: Councillor D Hart"),
        Line(4, "Councillors A Reid and B Moss"),
    ]
    assert all(role is not PRESENT for role, _, _, _ in _read(lines))


def test_names_under_the_minutes_are_not_read() -> None:
    lines = [HEADING, Line(3, "1. Welcome"), Line(4, "Councillors A Reid and B Moss")]
    assert _read(lines) == []


def test_a_line_with_a_label_of_its_own_comes_first() -> None:
    lines = [
        HEADING,
        Line(2, "Time: 7.00 pm     Place: the Hall"),
        Line(3, "Councillors A Reid and B Moss"),
    ]
    assert all(role is not PRESENT for role, _, _, _ in _read(lines))


def test_the_end_of_a_sentence_is_no_list() -> None:
    lines = [
        HEADING,
        Line(2, "The Chairman thanked for their years of service"),
        Line(3, "Councillor A Reid and Councillor B Moss"),
    ]
    assert all(role is not PRESENT for role, _, _, _ in _read(lines))


def test_a_headings_date_alone_above_the_roll_is_no_numbered_line() -> None:
    lines = [
        Line(1, "14 MAY 2031"),
        Line(3, "Councillor Amos (Mayor)"),
        Line(5, "Councillor Bligh (Deputy Mayor)"),
        Line(7, "Councillors Ms Carr, Dale and Mrs Eden"),
        Line(9, "Apologies for absence were received from Councillor Fyfe"),
    ]
    assert _read(lines)[:5] == [
        (PRESENT, "Councillor Amos", "Mayor", 3),
        (PRESENT, "Councillor Bligh", "Deputy Mayor", 5),
        (PRESENT, "Ms Carr", None, 7),
        (PRESENT, "Dale", None, 7),
        (PRESENT, "Mrs Eden", None, 7),
    ]
    numbered = [Line(1, "14 Planning Applications"), *lines[1:]]
    assert all(role is not PRESENT for role, *_ in _read(numbered))
