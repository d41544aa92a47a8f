"""Meeting sentences worded the formal or the terse way: a deed's "the 3rd day of March",
a dotted date, a place with no "at", a 24-hour "1000 hrs", a line of times under the date,
a body's name followed by "held", and a Welsh council's bilingual letterhead."""

from __future__ import annotations

import datetime as dt

import pytest

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.parsing.bare_venues import bare_place
from minutebook.parsing.body_held import body_held_opening
from minutebook.parsing.headers import minutes_header, notice_of_meeting
from minutebook.parsing.letterheads import authority_name
from minutebook.parsing.spoken_dates import plain_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held on the 3rd day of March 2014 at", "held on 3rd March 2014 at"),
        ("on Monday the 10th day of March, 2014", "on Monday 10th March, 2014"),
        ("held on 6.3.2014 at 10.00 am", "held on 6/3/2014 at 10.00 am"),
        ("at 6.30 pm on 4 May 2020", "at 6.30 pm on 4 May 2020"),
        ("the first day of business", "the first day of business"),
    ],
)
def test_a_deeds_date_and_a_dotted_date_are_made_plain(text: str, expected: str) -> None:
    assert plain_dates(text) == expected


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        ("Room 4, County Hall", "Room 4, County Hall"),
        (", Committee Room B, Civic Offices", "Committee Room B, Civic Offices"),
        ("Members are asked to attend", None),
        ("the Chair", None),
        ("Kelbridge", None),
    ],
)
def test_a_place_without_a_preposition_must_name_a_building(
    left: str, expected: str | None
) -> None:
    assert bare_place(left) == expected


def _minutes(text: str) -> tuple[str, dt.date, dt.time | None, str | None] | None:
    facts = minutes_header(lines_of(text), "x.txt", Diagnostics())
    return None if facts is None else (facts.body_name, facts.date, facts.time, facts.venue)


def test_a_deeds_date_in_a_minutes_sentence() -> None:
    assert _minutes(
        "MINUTES of the meeting of the Audit Committee held on the 3rd day of March 2014 "
        "at 10.30am at Brackley House\n\nPRESENT: Councillor A Smith\n"
    ) == ("Audit Committee", dt.date(2014, 3, 3), dt.time(10, 30), "Brackley House")


def test_a_notice_with_a_deeds_date() -> None:
    facts = notice_of_meeting(
        lines_of(
            "AGENDA\nYou are hereby summoned to attend a Meeting of the Orley Town Council "
            "to be held in the Council Chamber, Town Hall on Monday the 10th day of March "
            "2014 at 7.00 p.m. for the purpose of transacting the business below.\n"
        ),
        "x.txt",
        Diagnostics(),
    )
    assert facts is not None
    assert (facts.body_name, facts.date, facts.time, facts.venue) == (
        "Orley Town Council",
        dt.date(2014, 3, 10),
        dt.time(19, 0),
        "Council Chamber, Town Hall",
    )


def test_a_dotted_date_and_a_place_after_a_time_span() -> None:
    assert _minutes(
        "Minutes of a meeting of the Cabinet held on 6.3.2014 at 10.00 am in Room 4\n"
    ) == ("Cabinet", dt.date(2014, 3, 6), dt.time(10, 0), "Room 4")
    assert _minutes(
        "Minutes of the meeting of the Cabinet held on Thursday 6 March 2014, 10.00 am - "
        "12.30 pm, Room 4, County Hall\n\nPRESENT: Councillor A Smith\n"
    ) == ("Cabinet", dt.date(2014, 3, 6), dt.time(10, 0), "Room 4, County Hall")


def test_a_twenty_four_hour_clock_with_hrs_and_no_stop() -> None:
    assert _minutes(
        "Minutes of the meeting of the Harbour Board held on Monday 3 March 2014 at 1000 hrs "
        "in the Council Chamber\n"
    ) == ("Harbour Board", dt.date(2014, 3, 3), dt.time(10, 0), "Council Chamber")


def test_a_line_of_start_and_end_times_under_the_date_then_the_place() -> None:
    assert _minutes(
        "Minutes of the Planning Committee\nThursday 6 March 2014\n7.00 pm - 9.15 pm\n"
        "Council Chamber, Town Hall\n\nPresent: Councillor A Smith\n"
    ) == ("Planning Committee", dt.date(2014, 3, 6), dt.time(19, 0), "Council Chamber, Town Hall")


def test_a_body_named_then_held() -> None:
    opening = body_held_opening(
        lines_of(
            "CABINET held at COUNCIL CHAMBER - COUNCIL OFFICES, MARKET ROAD, BRENTFORD, on "
            "THURSDAY, 29 NOVEMBER 2018 at 7.00 pm\n\nPresent: Councillor A Smith\n"
        )
    )
    assert opening is not None
    assert (opening.body, opening.date, opening.time) == (
        "CABINET",
        dt.date(2018, 11, 29),
        dt.time(19, 0),
    )
    assert opening.venue == "COUNCIL CHAMBER - COUNCIL OFFICES, MARKET ROAD, BRENTFORD"


def test_a_sentence_before_held_is_no_body() -> None:
    assert body_held_opening(lines_of("The meeting was held on 3 May 2020 at 10am.\n")) is None
    assert body_held_opening(lines_of("Interviews held on 3 May 2020 at 10am\n")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cyngor Sir Tregaron / Tregaron County Council", "Tregaron County Council"),
        ("Tregaron County Borough Council | Cyngor Bwrdeistref Sirol Tregaron",
         "Tregaron County Borough Council"),
        ("Cyngor Sir Tregaron", None),
        ("Planning / Licensing", None),
    ],
)  # fmt: skip
def test_a_bilingual_letterhead_names_its_authority_in_english(
    text: str, expected: str | None
) -> None:
    assert authority_name(text) == expected


def test_a_date_and_time_field_labelled_with_a_slash() -> None:
    facts = notice_of_meeting(
        lines_of(
            "AGENDA\nMeeting:\tHarbour Board\nDate/Time:\tMonday 3 March 2014 at 10.00 am\n"
            "Place:\tCouncil Chamber, Town Hall\n"
        ),
        "x.txt",
        Diagnostics(),
    )
    assert facts is not None
    assert (facts.body_name, facts.date, facts.time, facts.venue) == (
        "Harbour Board",
        dt.date(2014, 3, 3),
        dt.time(10, 0),
        "Council Chamber, Town Hall",
    )


def test_a_building_after_a_title_lines_date_and_time_is_its_place() -> None:
    assert _minutes(
        "KELLING PARISH COUNCIL\nMinutes of the Parish Council Meeting Monday 11 December "
        "2017 7.30 pm Kelling Village Hall\n\nPresent: Councillor A Smith\n"
    ) == ("Kelling Parish Council", dt.date(2017, 12, 11), dt.time(19, 30), "Kelling Village Hall")


def test_a_venue_label_inside_the_sentence_is_not_part_of_the_place() -> None:
    assert bare_place("Venue: the Council Chamber, Town Hall") == "Council Chamber, Town Hall"
    assert _minutes(
        "Minutes of the meeting of the Harbour Board held on Monday 3 March 2014 at 10.00am.  "
        "Venue: the Council Chamber, Town Hall.\n\nPresent: Councillor A Smith\n"
    ) == ("Harbour Board", dt.date(2014, 3, 3), dt.time(10, 0), "Council Chamber, Town Hall")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held on Thursday 6th of March 2014 at", "held on Thursday 6th March 2014 at"),
        ("held on March 6th, 2014 at", "held on 6th March 2014 at"),
        ("held on Thurs 6 Mar 2014 at", "held on Thursday 6 March 2014 at"),
        ("held on Wed. 5 Sept. 2014", "held on Wednesday 5 September 2014"),
        ("held on 06/03/14 at 10.30 am", "held on 06/03/2014 at 10.30 am"),
        ("held on 06/03/2014 at", "held on 06/03/2014 at"),
        ("in March 2014", "in March 2014"),
        # a web page's calendar: weekday and month abbreviated, the month first
        ("Wed Jan 13 2016", "Wednesday 13 January 2016"),
        ("held on Sept 4, 2019 at", "held on 4 September 2019 at"),
        ("Item 4 of Dec 2014", "Item 4 of Dec 2014"),
    ],
)
def test_a_month_first_abbreviated_or_short_year_date_is_made_plain(
    text: str, expected: str
) -> None:
    assert plain_dates(text) == expected


def test_a_meeting_held_by_microsoft_teams() -> None:
    found = _minutes(
        "MINUTES of MEETING of the HARBOUR COMMITTEE held by MICROSOFT TEAMS on THURSDAY, "
        "6 MARCH 2014 at 10:30\n"
    )
    assert found == (
        "HARBOUR COMMITTEE",
        dt.date(2014, 3, 6),
        dt.time(10, 30),
        "by MICROSOFT TEAMS",
    )


@pytest.mark.parametrize(
    ("tail", "time"),
    [
        ("held in the Village Hall on Monday 3rd March 2014 at 1930", dt.time(19, 30)),
        ("held at 7.30 p.m on Monday 3rd March 2014 in the Village Hall", dt.time(19, 30)),
        ("held on Monday 3rd March 2014 at 7.30pm prompt in the Village Hall", dt.time(19, 30)),
    ],
)
def test_a_parish_meetings_time_as_typed(tail: str, time: dt.time) -> None:
    assert _minutes(f"Minutes of the Meeting of Orley Parish Council {tail}\n") == (
        "Orley Parish Council",
        dt.date(2014, 3, 3),
        time,
        "Village Hall",
    )


def test_a_bare_place_may_carry_a_note_in_brackets_on_how_to_find_it() -> None:
    assert bare_place("Guildhall (Next to the Market Cross), Eastbury") == (
        "Guildhall (Next to the Market Cross), Eastbury"
    )
    assert bare_place("Members are asked to note the report") is None


def test_a_record_that_opens_saying_where_and_when_the_body_met() -> None:
    text = (
        "THE COUNTY COUNCIL OF WYKE\n"
        "The County Council of Wyke met at County Hall, Wyke on 26 May 2016 to transact the"
        " business set out in the Council summons.\n"
        "Present: County Councillor A Reid (Chair)\n"
    )
    facts = minutes_header(lines_of(text), "f.txt", Diagnostics())
    assert facts is not None
    assert (facts.body_name, facts.date, facts.venue) == (
        "County Council of Wyke",
        dt.date(2016, 5, 26),
        "County Hall, Wyke",
    )


def test_for_the_council_meeting_under_a_minutes_heading_names_the_letterheads_council() -> None:
    text = (
        "WYKE PARISH COUNCIL\n\nMinutes\n\n"
        "For the Council Meeting held on Wednesday 8th July 2015, starting at 7.30 p.m, in"
        " the Jubilee Rooms, Wyke Village Hall.\n\nPresent: Councillors A Reid, B Moss\n"
    )
    facts = minutes_header(lines_of(text), "f.txt", Diagnostics())
    assert facts is not None and not facts.body_name.lower().startswith("for ")
    assert facts.body_name.lower() == "wyke parish council"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "You are hereby summoned to attend the meeting of the Orley Town Council "
            "scheduled to take place at Council Chamber, Guildhall on Monday 3 March 2014 "
            "at 6pm, in order to transact the following business",
            ("Orley Town Council", "Council Chamber, Guildhall"),
        ),
        (
            "NOTICE IS HEREBY GIVEN that a meeting of the Orley Parish Council will be held "
            "at the Village Hall, Orley commencing at 7 pm on Monday, 3rd March 2014 and "
            "Members are hereby summoned to attend for the purpose of transacting business.",
            ("Orley Parish Council", "Village Hall, Orley"),
        ),
    ],
)
def test_a_summons_sentence_ends_at_its_business(sentence: str, expected: tuple[str, str]) -> None:
    facts = notice_of_meeting(lines_of(f"AGENDA\n{sentence}\n"), "x.txt", Diagnostics())
    assert facts is not None
    assert (facts.body_name, facts.venue) == expected
    assert facts.date == dt.date(2014, 3, 3)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Ashwell St Mary Town Council Meeting", "Ashwell St Mary Town Council"),
        ("Extraordinary Meeting", "Town Council"),  # no council named above: as printed
    ],
)
def test_a_local_council_called_by_its_kind_is_named_by_the_title(title: str, body: str) -> None:
    facts = minutes_header(
        lines_of(
            f"Minutes of Extraordinary meeting 3rd June 2024\n\n{title}\n"
            "Minutes from the Extraordinary meeting of the Town Council held on 3rd June 2024.\n"
            "Councillors present: Cllr A. Reid (AR), Cllr B. Moss (BM)\n"
        ),
        "x.txt",
        Diagnostics(),
    )
    assert facts is not None
    assert (facts.body_name, facts.date) == (body, dt.date(2024, 6, 3))
