"""Front sheets whose time or place the title readers missed (round 41): a 24-hour clock
after a title's date with only a comma before it, a bodiless summons under the title
giving the place, the membership list's heading under the date, and the paper's own
heading under a summons that closes on "a.m.". Every example is invented."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.dated_title_openings import held_after_date, held_below_title
from opening_facts import first_part_meeting


def _lines(text: str) -> list[Line]:
    return [Line(number=n, text=t) for n, t in enumerate(text.split("\n"), start=1)]


def test_a_clock_after_the_title_date_and_a_summons_under_it() -> None:
    text = (
        "Fenmoor Council Agenda - 3 May 2011, 14:30\n"
        "A meeting to be held at Committee Room 2, Fenmoor House at 14:30 on 3 May 2011.\n"
        "For further information please contact Jane Rooke\n"
        "\n"
        "1. Apologies for Absence\n"
        "2. Declarations of Interest\n"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert body == "Fenmoor Council"
    assert date == dt.date(2011, 5, 3)
    assert time == dt.time(14, 30)
    assert venue == "Committee Room 2, Fenmoor House"


def test_a_clock_after_the_title_date_with_no_place() -> None:
    text = "Ashby Licensing Board Agenda - 9 June 2012, 10:00\n\n1. Apologies\n2. Minutes\n"
    _, _, _, time, venue = first_part_meeting(text)
    assert time == dt.time(10, 0)
    assert venue is None


def test_a_summons_under_the_title_naming_another_date_gives_no_place() -> None:
    lines = _lines(
        "Fenmoor Council Agenda - 3 May 2011, 14:30\n"
        "The meeting to be held at Fenmoor House on 10 May 2011 is cancelled."
    )
    assert held_below_title(lines, 0, dt.date(2011, 5, 3)) is None


def test_a_sentence_under_the_title_that_is_no_summons_gives_no_place() -> None:
    lines = _lines(
        "Fenmoor Council Agenda - 3 May 2011\nThe meeting held at Fenmoor House agreed the budget."
    )
    assert held_below_title(lines, 0, dt.date(2011, 5, 3)) is None


def test_the_membership_heading_under_the_date_is_no_place() -> None:
    text = (
        "WESTMOOR FIRE AUTHORITY\n"
        "TUESDAY 9 MARCH 2010 AT 10.00 HOURS\n"
        "MEMBERS\n"
        "Westmoor County Council (4) Councillors Ash, Birch, Cole and Dunn\n"
        "You are required to attend this meeting to be held at Service Headquarters, "
        "4 Mill Lane, Ashby at 10.00 a.m.\n"
        "AGENDA\n"
        "1. Apologies for absence.\n"
        "2. Minutes of the last meeting.\n"
    )
    _, _, date, time, venue = first_part_meeting(text)
    assert date == dt.date(2010, 3, 9)
    assert time == dt.time(10, 0)
    assert venue == "Service Headquarters, 4 Mill Lane, Ashby"


def test_the_contents_heading_above_the_title_is_no_body_and_the_run_on_summons_the_place() -> None:
    text = (
        "AGENDA Page No\n"
        "\n"
        "Fenmoor Joint Board Tuesday 14th April, 2015 at 2.00 pm Members' Pre-meeting at "
        "1.30 pm Meeting to be held at Ashby House, Mill Lane, Ashby, AB1 2CD "
        "www.fenmoor.example.uk\n"
        "AGENDA Page No\n"
        "1. Apologies for Absence\n"
        "2. Declarations of Interest\n"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert body == "Fenmoor Joint Board"
    assert date == dt.date(2015, 4, 14)
    assert time == dt.time(14, 0)
    assert venue == "Ashby House, Mill Lane, Ashby, AB1 2CD"


def test_a_run_on_summons_naming_another_date_gives_no_place() -> None:
    rest = " at 2.00 pm The meeting to be held at Ashby House on 9 May 2015 is cancelled"
    assert held_after_date(rest, dt.date(2015, 4, 14)) is None
