"""A chair's name alone on a line inside a minute, "in the Chair"."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.model import AttendanceFacts, AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_for_item
from minutebook.parsing.attendance_chair_lines import chair_line
from minutebook.parsing.minute_headings import minute_headings


def test_a_name_in_the_chair() -> None:
    assert chair_line("A Reid (in the Chair)") == ("A Reid", "in the Chair")
    assert chair_line("Councillor B Moss in the Chair") == ("Councillor B Moss", "in the Chair")
    assert chair_line("The Vice-Chairman in the Chair") is None
    assert chair_line("It was agreed that A Reid be in the Chair") is None


def test_recorded_once_and_only_when_not_listed() -> None:
    body = [
        Line(10, "RESOLVED that A Reid be appointed as Chair for the ensuing year."),
        Line(11, "A Reid (in the Chair)"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    read_attendance_for_item(part, "1", body, "Appointment of Chair")
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (AttendanceRole.PRESENT, "A Reid", "in the Chair", 11),
    ]
    listed = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    listed.attendance.append(AttendanceFacts(AttendanceRole.PRESENT, "Councillor A Reid", None, 3))
    read_attendance_for_item(listed, "1", body, "Appointment of Chair")
    assert len(listed.attendance) == 1


def test_a_dash_before_in_the_chair() -> None:
    """A web page prints the new chair's line with a dash between ("Councillor H. J. Jones
    -  in the Chair")."""
    assert chair_line("Councillor H. J. Jones  -  in the Chair") == (
        "Councillor H. J. Jones",
        "in the Chair",
    )
    assert chair_line("Councillor A Reid – in the Chair") == ("Councillor A Reid", "in the Chair")


UNNUMBERED_ELECTIONS = """\
Council - Wednesday 17th May 2017 6.00 p.m.

Venue: Council Chamber - Town Hall, Wyke.

No. Item


Apologies for Absence


Apologies for absence were received from Councillor C. Lowe.


Election of Chairman


RESOLVED that Councillor A. Reid be elected Chairman of the Council for the ensuing year.


Councillor A. Reid  -  in the Chair


Election of Vice-Chairman


RESOLVED that Councillor B. Moss be elected Vice-Chairman of the Council for the ensuing year.
"""


def test_a_chair_line_heads_no_minute() -> None:
    """Between plain unnumbered titles, the line saying who now chairs is the election's
    outcome, not a minute of its own."""
    headings = minute_headings(lines_of(UNNUMBERED_ELECTIONS))
    assert [h.title for h in headings] == [
        "Apologies for Absence",
        "Election of Chairman",
        "Election of Vice-Chairman",
    ]
