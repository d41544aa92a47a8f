"""Attendance rows marked with a letter that a key under the list explains."""

from __future__ import annotations

from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance_lettered import letter_key, lettered_attendance, lettered_row

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_rows_marked_p_and_a_are_read_as_the_key_explains() -> None:
    lines = _lines(
        "Councillors:\n\nP  Ada Frome (Chairman)\n\nP  Ben ap Tull\n"
        "P   Ian Cole (substitute for Jo Pym)\nA  Jo Pym\n\nP: Present\n\n"
        "A: Apologies for absence submitted\n\nOfficers in attendance: Eve Hart (Legal)"
    )
    found = lettered_attendance(lines)
    assert found is not None
    facts, used = found
    assert [(f.role, f.as_written, f.capacity, f.line) for f in facts] == [
        (PRESENT, "Ada Frome", "Chairman", 3),
        (PRESENT, "Ben ap Tull", None, 5),
        (SUBSTITUTE, "Ian Cole", "substitute for Jo Pym", 6),
        (APOLOGIES, "Jo Pym", None, 7),
    ]
    # the label over the rows and the key are read with them; the officers' line is not
    assert used == {0, 2, 4, 5, 6, 8, 10}


def test_no_key_no_rows() -> None:
    """Without a key a letter means nothing: "A  Reid" may be an initial and a surname."""
    assert lettered_attendance(_lines("Present:\nA  Ada Frome\nP  Ben Tull")) is None
    assert letter_key(_lines("A: Apologies were noted from the chairman of the club")) is None


def test_a_row_must_hold_one_person_under_a_letter_the_key_explains() -> None:
    key = {"P": PRESENT, "A": APOLOGIES}
    assert lettered_row("P  Ada Frome", key) == (PRESENT, "Ada Frome")
    assert lettered_row("X  Ada Frome", key) is None  # a letter the key does not explain
    assert lettered_row("A  New Bus Station Proposals for the town", key) is None
    assert lettered_row("P: Present", key) is None  # the key itself
