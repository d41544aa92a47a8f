"""A plural title set off from the names it titles by a spaced dash ("Aldermen – A Reid")."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_title_dashes import plural_title_dash


def test_the_names_after_a_plural_title_and_a_dash() -> None:
    assert plural_title_dash("Aldermen – A Reid, B Moss and C Lowe") == "A Reid, B Moss and C Lowe"
    assert plural_title_dash("Councillors - D Hart, E Pym") == "D Hart, E Pym"
    assert plural_title_dash("Cllrs — F Ward") == "F Ward"


def test_other_lines_are_not_read() -> None:
    assert plural_title_dash("Councillors D Hart, E Pym") is None  # no dash: read as before
    assert plural_title_dash("Councillors – to note the report") is None  # no name after it
    assert plural_title_dash("Conservative Group – Councillor A Reid") is None
    assert plural_title_dash("Treasurer – Colin Brayshaw") is None
    assert plural_title_dash("Councillors – A Reid" + ", B Moss" * 300) is None


PAGE = """Minutes of the Meeting of Wyke Borough Council held on Monday 6 May 2024 at 6.30 pm

In the Chair : The Mayor (Councillor Gwen Yorke)
Members Present : Aldermen – A Reid, B Moss and C Lowe
Councillors – D Hart, E Pym and F Ward
In Attendance : Hal Ince, Roads Manager

1 APOLOGIES
Apologies were received from Councillor Ivy Jones.
"""


def test_each_rank_of_members_is_read_after_its_dash() -> None:
    present = [
        (name, line)
        for role, name, _, line in attendance_of(PAGE)
        if role is AttendanceRole.PRESENT
    ]
    assert ("A Reid", 4) in present and ("C Lowe", 4) in present
    assert ("D Hart", 5) in present and ("F Ward", 5) in present
    assert not any(name.startswith(("–", "-")) for name, _ in present)


def test_a_rank_after_a_heading_is_not_a_list() -> None:
    found = attendance_of(PAGE.replace("Councillors – D Hart", "Agenda Items – D Hart"))
    assert not any(name == "D Hart" for _, name, _, _ in found)
