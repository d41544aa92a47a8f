"""A summons' front page as a stack: "X Council Annual Council Agenda" over "in the V" and
"at T on D" (either order), then "All Members of the Council are summoned to consider the
following business:" (`parsing.placed_title_stacks`; invented examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.placed_title_stacks import placed_title_opening
from opening_facts import first_part_meeting, parsed


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_a_title_over_its_place_and_time_is_the_meeting() -> None:
    opening = placed_title_opening(
        _lines(
            "Ashby District Council Annual Council Agenda",
            "",
            "in the Assembly Room, Market Place, Ashby",
            "",
            "at 7pm on Tuesday 14th May 2024",
        )
    )
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue, opening.line) == (
        "Ashby District Council",
        dt.date(2024, 5, 14),
        dt.time(19, 0),
        "Assembly Room, Market Place, Ashby",
        1,
    )


def test_the_date_may_come_before_the_place() -> None:
    opening = placed_title_opening(
        _lines("Fenby Town Council", "on Monday 3 June 2024 at 7.30pm", "in the Town Hall, Fenby")
    )
    assert opening is not None and opening.venue == "Town Hall, Fenby"


def test_no_stack_without_a_body_or_under_a_dated_title() -> None:
    assert placed_title_opening(_lines("Welcome", "in the Hall", "at 7pm on 3 June 2024")) is None
    dated = _lines("Fenby Town Council 3 June 2024", "in the Hall", "at 7pm on 3 June 2024")
    assert placed_title_opening(dated) is None


def test_a_summons_to_consider_the_business_opens_the_agenda() -> None:
    text = (
        "Ashby District Council\n\nAnnual Council\n\nin the Assembly Room, Market Place, Ashby\n\n"
        "at 7pm on Tuesday 14th May 2024\n\n"
        "All Members of the Council are summoned to consider the following business:\n\n"
        "1.  Apologies for absence.\n\n2.  Minutes\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.AGENDA,
        "Ashby District Council",
        dt.date(2024, 5, 14),
        dt.time(19, 0),
        "Assembly Room, Market Place, Ashby",
    )


def test_a_record_s_meeting_line_over_its_place() -> None:
    text = (
        "Ashby Neighbourhood Forum Management Committee\n\nMeeting on Monday 10 June 2024,"
        " 10:00 am\n\nat the Forum Office, Walpole House\n\nMinutes\n\n1  Present: Ann Reid"
        " (AR) in the chair, Ben Moss (BM), Cara Lowe (CL)\nApologies: were received from Dan"
        " Hart (DH) and Eve Frost (EF).\n\n2  Chairmanship\nAR said that she would stand down"
        " and the meeting thanked her.\n\n3  Minutes\nThe minutes of the meeting of 7 May were"
        " agreed as a correct record.\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        "Ashby Neighbourhood Forum Management Committee",
        dt.date(2024, 6, 10),
        dt.time(10, 0),
        "Forum Office, Walpole House",
    )
    attendance = [(a.role.value, a.as_written) for a in parsed(text).parts[0].attendance]
    assert attendance == [
        ("present", "Ann Reid"),
        ("present", "Ben Moss"),
        ("present", "Cara Lowe"),
        ("apologies", "Dan Hart"),
        ("apologies", "Eve Frost"),
    ]


def test_a_title_broken_before_its_noun_and_a_note_after_the_venue() -> None:
    text = (
        "Meeting of\n\nAshby and Fenby Area Constituency\n\nCommittee\n\nMembers:\n\n"
        "Councillors Ann Reid (Chair), Ben Moss, Cara Lowe\n\nDate:\n\nThursday, 14th"
        " September, 2023\n\nTime:\n\n10.00 am\n\nVenue:\n\nCouncil Chamber, Civic Centre,"
        " Ashby AB1 2CD. This meeting will be live-streamed.\n\nAgenda\n\n1. Apologies for"
        " absence\n\n2. Minutes\n"
    )
    kind, body, _, _, venue = first_part_meeting(text)
    assert (kind, body, venue) == (
        DocumentKind.AGENDA,
        "Ashby and Fenby Area Constituency Committee",
        "Council Chamber, Civic Centre, Ashby AB1 2CD",
    )
