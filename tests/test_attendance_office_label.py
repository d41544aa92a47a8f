"""The commissioner's office named in the label over those in attendance."""

from __future__ import annotations

from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_office_label import office_label


def test_present_from_the_commissioners_office() -> None:
    text = "Present from the Office of the Police and Crime Commissioner (OPCC): Ruth Amberley"
    found = office_label(text)
    assert found is not None
    assert found[1:] == (AttendanceRole.IN_ATTENDANCE, "Ruth Amberley")
    assert office_label("In attendance from the OPCC: Tom Wexley") is not None


def test_other_lines_are_not() -> None:
    assert office_label("Present: Cllr A Reid") is None
    assert office_label("Present from Wyke Borough Council: Cllr A Reid") is None
