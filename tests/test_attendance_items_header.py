"""A web page's "No. Item" header does not end the opening's lists."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import apologies_sentence, read_attendance_lists
from minutebook.parsing.attendance_items_header import page_items_header


def test_the_page_header_alone() -> None:
    assert page_items_header("No. Item")
    assert page_items_header("No Item ")
    assert not page_items_header("Min No.   Item")
    assert not page_items_header("No. Item 4 was withdrawn")


def test_officers_under_the_header_are_read() -> None:
    lines = [
        Line(1, "Items"),
        Line(2, "No. Item"),
        Line(4, "Officers in attendance:"),
        Line(6, "·  Owen Kemble, Head of Legal Services - Ashwold County Council"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance] == [
        (
            AttendanceRole.IN_ATTENDANCE,
            "Owen Kemble",
            "Head of Legal Services - Ashwold County Council",
            6,
        ),
    ]


def test_minutes_printed_as_a_table_still_end_it() -> None:
    lines = [Line(1, "Min No.   Item"), Line(2, "Present: Cllr A Reid")]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert part.attendance == []


def test_apologies_presented_on_behalf_of() -> None:
    found = apologies_sentence(
        "Apologies for absence were presented on behalf of Councillor A Reid."
    )
    assert found is not None and found[0] == "Councillor A Reid"
