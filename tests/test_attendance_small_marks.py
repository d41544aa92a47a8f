"""Members marked by a small letter ("p", "a", "d") in the margin, with no key."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_small_marks import marked_row, small_marked_attendance

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES


def test_a_marked_row_is_a_letter_and_a_titled_name_in_every_cell() -> None:
    assert marked_row("\tp Councillor Ben Tull\ta Councillor Cara Voss") == [
        (PRESENT, "Councillor Ben Tull"),
        (APOLOGIES, "Councillor Cara Voss"),
    ]
    assert marked_row("a Councillor of the borough spoke") is None  # "of": no name
    assert marked_row("p Ben Tull") is None  # untitled: maybe an initial and a surname
    assert marked_row("\tp Councillor Ben Tull\tElmside City Council") is None


def test_fewer_than_three_marked_rows_are_no_marks() -> None:
    two_rows = lines_of("p Councillor Ben Tull\na Councillor Cara Voss")
    assert small_marked_attendance(two_rows) is None
