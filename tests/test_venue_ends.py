"""A meeting sentence closed on its time and run on into a note: the place ends at the
stop the time left alone."""

from __future__ import annotations

import datetime as dt

from minutebook.parsing.openings import when_and_where
from minutebook.parsing.sentence_openings import meeting_clause
from minutebook.parsing.venue_ends import before_lone_stop


def test_the_place_ends_at_the_stop_the_time_closed() -> None:
    clause = meeting_clause(
        "You are summoned to attend a meeting of Brackley Down Parish Council which will "
        "take place at The Reading Room on Tuesday 3rd November 2020 at 7.15pm. Face "
        "Coverings must be worn and seating will be limited."
    )
    assert clause is not None
    assert (clause.date, clause.time, clause.venue) == (
        dt.date(2020, 11, 3),
        dt.time(19, 15),
        "Reading Room",
    )


def test_a_stop_inside_a_place_or_with_nothing_before_it_cuts_nothing() -> None:
    assert when_and_where("at St. Anne's Rooms on Monday 5 May 2019 at 7.30pm")[2] == (
        "St. Anne's Rooms"
    )
    assert when_and_where("at Eastby C.P. School on Monday 5 May 2019 at 7pm")[2] == (
        "Eastby C.P. School"
    )
    assert before_lone_stop("   . Council Chamber, Fenby Hall") is None
    assert before_lone_stop("at the Old Forge, Fenby") is None


def test_the_text_before_a_lone_stop() -> None:
    assert before_lone_stop("at The Reading Room   . Face Coverings must be worn") == (
        "at The Reading Room  "
    )
    assert before_lone_stop("at The Reading Room . seating is limited") is None


def test_a_note_after_the_place_s_stop_is_no_part_of_it() -> None:
    from minutebook.parsing.venue_ends import without_venue_note

    assert (
        without_venue_note("Council Chamber, Civic Centre. This meeting will be live-streamed.")
        == "Council Chamber, Civic Centre"
    )
    assert without_venue_note("St. Mary's Hall, Church Lane") == "St. Mary's Hall, Church Lane"


def test_a_clause_telling_the_business_after_the_place_is_no_part_of_it() -> None:
    from minutebook.parsing.venue_ends import without_venue_note

    assert without_venue_note("Stanhope Hall, Boston Road, Fenby, where the following issues") == (
        "Stanhope Hall, Boston Road, Fenby"
    )
    assert without_venue_note("Hall, at which the following business") == "Hall"
    assert without_venue_note("The Old School, where we meet") == "The Old School, where we meet"


def test_a_summons_without_attend_names_its_meeting_and_place() -> None:
    from opening_facts import first_part_meeting

    text = (
        "TOWN COUNCIL\n\nDear Councillor\n\n"
        "You are summoned to the Meeting of the Town Council on Tuesday 08 September 2020 "
        "at 7pm at The Stanhope Hall, Boston Road, Fenby, where the following issues will be "
        "considered.\n\nA G E N D A\n\n1. Apologies\n\n2. Declarations of interest\n"
    )
    assert first_part_meeting(text)[1:] == (
        "Town Council",
        dt.date(2020, 9, 8),
        dt.time(19, 0),
        "Stanhope Hall, Boston Road, Fenby",
    )


def test_a_weekday_typed_wrong_is_no_part_of_the_place() -> None:
    date, time, venue, _ = when_and_where(
        "IN THE COUNCIL CHAMBER, TOWN HALL ON TUSEDAY 16TH JANUARY 2018 AT 7.30PM"
    )
    assert (date, time, venue) == (
        dt.date(2018, 1, 16),
        dt.time(19, 30),
        "COUNCIL CHAMBER, TOWN HALL",
    )
