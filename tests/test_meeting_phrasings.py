"""More ways a paper's opening words its meeting: an afternoon hour with no "hrs", the
authority in the possessive, the times in brackets, a label run on after the sentence, a
notice asking members to attend with no "held", and a sentence set a phrase to a line."""

from __future__ import annotations

import datetime as dt

import pytest

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.parsing.attend_notices import attend_notice_opening
from minutebook.parsing.headers import minutes_header, notice_of_meeting
from minutebook.parsing.letterheads import possessive_first
from opening_facts import first_part_meeting

DAY = dt.date(2014, 3, 3)


def _minutes(text: str) -> tuple[str, dt.date, dt.time | None, str | None] | None:
    facts = minutes_header(lines_of(f"{text}\n\nPresent: Councillor A Smith\n"), "x", Diagnostics())
    return None if facts is None else (facts.body_name, facts.date, facts.time, facts.venue)


@pytest.mark.parametrize(
    ("text", "time", "venue"),
    [
        ("held on Monday 3 March 2014 at 14.00 in the Council Chamber", dt.time(14, 0),
         "Council Chamber"),
        ("held on Monday 3 March 2014 (10.00 am - 12.05 pm) in the Council Chamber",
         dt.time(10, 0), "Council Chamber"),
        ("held on Monday 3 March 2014 at 10.00 am in the Council Chamber.  Present: A Smith",
         dt.time(10, 0), "Council Chamber"),
    ],
)  # fmt: skip
def test_the_time_and_place_of_a_sentence(text: str, time: dt.time, venue: str) -> None:
    assert _minutes(f"Minutes of the meeting of the Harbour Board {text}") == (
        "Harbour Board",
        DAY,
        time,
        venue,
    )


def test_a_morning_clock_with_no_hrs_stays_unread() -> None:
    found = _minutes("Minutes of the meeting of the Harbour Board held on 3 March 2014 at 9.30")
    assert found is not None and found[2] is None


def test_an_authority_in_the_possessive() -> None:
    assert possessive_first("Kelbridge Borough Council's Harbour Board") == (
        "Kelbridge Borough Council Harbour Board"
    )
    assert possessive_first("Children's Services Committee") is None
    assert possessive_first("Harbour Board") is None


def test_a_sentence_set_a_phrase_to_a_line() -> None:
    assert _minutes(
        "Minutes of the meeting of the Harbour Board\nheld on Monday 3 March 2014\n"
        "at 10.00 am\nin the Council Chamber"
    ) == ("Harbour Board", DAY, dt.time(10, 0), "Council Chamber")


def test_a_notice_asking_members_to_attend_without_held() -> None:
    lines = lines_of(
        "AGENDA\nDear Councillor,\nYou are requested to attend the Harbour Board meeting on "
        "Thursday 6 March 2014 at 10am in Room 4, Town Hall.\n"
    )
    opening = attend_notice_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "Harbour Board",
        dt.date(2014, 3, 6),
        dt.time(10, 0),
        "Room 4, Town Hall",
    )
    facts = notice_of_meeting(
        lines_of(
            "AGENDA\nMembers are invited to attend a meeting of the Audit Committee on Monday "
            "3 March 2014 at 2.00 pm at County Hall.\n"
        ),
        "x",
        Diagnostics(),
    )
    assert facts is not None
    assert (facts.body_name, facts.time, facts.venue) == (
        "Audit Committee",
        dt.time(14, 0),
        "County Hall",
    )


SUMMONS_OVER_FIELDS = """\
«Members are summoned to attend the ORDINARY MEETING of FENBY CITY, WYKE ... Date: ...»

4 March 2016

Dear Member

Members are summoned to attend the ORDINARY MEETING of FENBY CITY,

WYKE AND HEXTON BOROUGH COUNCIL to be held as follows:

Date: Monday 14 March 2016

Time: 6.30 pm

Venue: Council Chamber, Wyke Hall

Yours sincerely

AGENDA

1. Apologies
"""


def test_a_summons_names_the_body_over_the_meetings_fields() -> None:
    """The summons wraps over a blank line and hands date, time and place to the fields
    under it; a web page's summary line above the paper holds a "Date:" with no date."""
    assert first_part_meeting(SUMMONS_OVER_FIELDS)[1:] == (
        "Fenby City, Wyke and Hexton Borough Council",
        dt.date(2016, 3, 14),
        dt.time(18, 30),
        "Council Chamber, Wyke Hall",
    )


def test_an_attend_sentence_with_held_or_no_date_is_not_this_readers() -> None:
    assert (
        attend_notice_opening(lines_of("You are requested to attend the Board meeting.\n")) is None
    )
    assert (
        attend_notice_opening(
            lines_of(
                "You are summoned to attend a meeting of the Council to be held on 3 May 2014\n"
            )
        )
        is None
    )


def test_a_time_of_commencement_label() -> None:
    assert _minutes(
        "Harbour Board\nTime of Commencement: 10.00 am\nDate: Monday 3 March 2014\n"
        "Meeting Venue: Council Chamber, Town Hall"
    ) == ("Harbour Board", DAY, dt.time(10, 0), "Council Chamber, Town Hall")


def test_a_dated_title_over_an_undated_sentence_with_the_time_and_place() -> None:
    assert _minutes(
        "HARBOUR BOARD – 3 MARCH 2014\nMinutes of the meeting held at the Council Chamber, "
        "Town Hall, commencing at 10.00 am"
    ) == ("HARBOUR BOARD", DAY, dt.time(10, 0), "Council Chamber, Town Hall")


def test_a_manner_line_under_a_dated_title_gives_no_venue() -> None:
    assert _minutes(
        "KELDER POLICE AND CRIME PANEL\n\nMEETING HELD VIRTUALLY\n\n8 FEBRUARY 2021"
    ) == (
        "KELDER POLICE AND CRIME PANEL",
        dt.date(2021, 2, 8),
        None,
        None,
    )


def test_an_agenda_title_over_a_to_be_held_line() -> None:
    facts = notice_of_meeting(
        lines_of(
            "AGENDA\nHarbour Board\nto be held on Tuesday, 4 March 2014 at 10.00 am in the "
            "Council Chamber, Town Hall\n"
        ),
        "x",
        Diagnostics(),
    )
    assert facts is not None
    assert (facts.body_name, facts.date, facts.time, facts.venue) == (
        "Harbour Board",
        dt.date(2014, 3, 4),
        dt.time(10, 0),
        "Council Chamber, Town Hall",
    )


def test_a_remote_means_under_a_dated_line_is_the_venue() -> None:
    assert _minutes(
        "Harbour Board\nTuesday 4 March 2014 at 10.00 am\nRemote meeting via Microsoft Teams"
    ) == (
        "Harbour Board",
        dt.date(2014, 3, 4),
        dt.time(10, 0),
        "Remote meeting via Microsoft Teams",
    )


def test_a_record_of_the_meeting_on_a_date_without_held() -> None:
    assert _minutes(
        "Harbour Board\nMinutes of the meeting on Monday 3 March 2014 at 10.00 am in the "
        "Council Chamber"
    ) == ("Harbour Board", DAY, dt.time(10, 0), "Council Chamber")
    assert _minutes(
        "Minutes of the Harbour Board meeting on 3 March 2014 at 10.00 am, Council Chamber"
    ) == ("Harbour Board", DAY, dt.time(10, 0), "Council Chamber")


def test_a_span_after_a_dated_line_leaves_the_place_below() -> None:
    assert _minutes(
        "Harbour Board\nMinutes\nMonday 3 March 2014 - 10.00 am to 11.45 am\n"
        "Council Chamber, Town Hall"
    ) == ("Harbour Board", DAY, dt.time(10, 0), "Council Chamber, Town Hall")


def test_an_ordinal_glued_to_its_month_still_dates_the_line() -> None:
    """ "8thNovember 2013": a superscript's space lost in conversion; kept as printed."""
    assert _minutes(
        "Harbour Board\n\nDraft Minutes\n\n3rdMarch 2014, Council Chamber, Town Hall\n\n"
        "PRESENT: Councillor A Reid (Chair)"
    ) == ("Harbour Board", DAY, None, "Council Chamber, Town Hall")


LETTER_OVER_FIELDS = """\
Wyke Borough Council

Our ref: DS/4
Please ask for:
Ann Reid
Date:
12th March 2009
To: All Members of the LICENSING BOARD
Dear Sir/Madam
A Meeting of the LICENSING BOARD is to be held as follows:-
DATE: THURSDAY, 26TH MARCH 2009
TIME: 6.15 P.M.
PLACE: COMMITTEE ROOM 2, THE GUILDHALL, WYKE
Yours faithfully

AGENDA
1. Apologies for Absence
"""


def test_the_fields_under_a_letters_as_follows_line_are_the_meetings() -> None:
    """The letter's own "Date:" above it is the day it was sent; the meeting's date, time
    and place are the fields under "A Meeting of the X will be held as follows:-", and
    that line names the body."""
    assert first_part_meeting(LETTER_OVER_FIELDS)[1:] == (
        "Wyke Borough Council Licensing Board",
        dt.date(2009, 3, 26),
        dt.time(18, 15),
        "COMMITTEE ROOM 2, THE GUILDHALL, WYKE",
    )
