"""A member noted in a minute as joining the meeting late is present (attendance_late_arrivals)."""

from __future__ import annotations

from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_late_arrivals import late_arrival
from opening_facts import parsed


def test_a_titled_name_and_a_verb_of_coming_in_is_a_late_arrival() -> None:
    assert late_arrival("[Councillor Ann Reid entered the meeting at 10.03am].") == (
        "Councillor Ann Reid",
        "entered the meeting at 10.03am",
    )
    assert late_arrival("Cllr C Lowe arrived at 7.40pm.") == ("Cllr C Lowe", "arrived at 7.40pm")
    assert late_arrival("Cllr B Moss joined the meeting during item 5.") == (
        "Cllr B Moss",
        "joined the meeting during item 5",
    )


def test_leaving_an_office_and_a_sentence_going_on_are_no_arrival() -> None:
    assert late_arrival("Councillor A Reid left the meeting at 8pm.") is None
    assert late_arrival("The Chief Executive joined the meeting.") is None
    assert late_arrival("Cllr A Reid joined the meeting and spoke on the budget.") is None


RECORD = """MINUTES of a meeting of the Fenby Fire Authority held on 3 May 2018 at 10.00 am

Present: Councillors A Reid (Chair), B Moss and C Lowe

1. MINUTES

RESOLVED that the minutes be approved.

2. CHAIRMAN'S ANNOUNCEMENTS

[Councillor Dan Hart entered the meeting at 10.03am].

Councillor Ben Moss joined the meeting at 10.05am.

The Chairman welcomed everyone.
"""


def test_a_late_arrival_no_list_names_is_present_with_when_they_came() -> None:
    part = parsed(RECORD).parts[0]
    late = [a for a in part.attendance if a.timing]
    assert [(a.role, a.as_written, a.timing, a.line) for a in late] == [
        (AttendanceRole.PRESENT, "Councillor Dan Hart", "entered the meeting at 10.03am", 11)
    ]
