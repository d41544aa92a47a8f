"""The chair named in the welcome, on a page that lists nobody present."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_chair_welcome import chair_welcome


def test_the_chair_between_commas_before_the_welcome() -> None:
    assert chair_welcome("The Chair, Cllr Ann Reid, welcomed everyone to the meeting.") == (
        "Cllr Ann Reid",
        "Chair",
    )
    assert chair_welcome("The Chairman (Councillor B Moss) opened the meeting.") == (
        "Councillor B Moss",
        "Chairman",
    )
    assert chair_welcome("The Chairman welcomed everyone to the meeting.") is None
    assert chair_welcome("The Chair, having welcomed everyone, opened the meeting.") is None


PAGE = """Health and Wellbeing Board

Minutes of the meeting held on Thursday 7 March 2024 at 10.00 am

1 Chair's Welcome

The Chair, Cllr Ann Reid, welcomed everyone to the meeting.

2 Apologies

Apologies were received from Cllr Ben Moss.
"""


def test_the_welcome_records_the_chair_when_no_list_does() -> None:
    assert attendance_of(PAGE) == [
        (AttendanceRole.PRESENT, "Cllr Ann Reid", "Chair", 7),
        (AttendanceRole.APOLOGIES, "Cllr Ben Moss", None, 11),
    ]


def test_a_listed_chair_is_not_added_again() -> None:
    listed = PAGE.replace(
        "1 Chair's", "Present: Cllr Ann Reid (Chair), Cllr Carl Lowe\n\n1 Chair's"
    )
    found = attendance_of(listed)
    assert [(role, name) for role, name, _, _ in found if role is AttendanceRole.PRESENT] == [
        (AttendanceRole.PRESENT, "Cllr Ann Reid"),
        (AttendanceRole.PRESENT, "Cllr Carl Lowe"),
    ]
