"""Openings first met in other bodies' real papers (round 24): a meeting held by manner
alone ("held remotely"), labelled fields printed before the date ("Meeting:" / "Venue:" / "Date:"),
notes of a board dated without the year, and a summons set out a phrase to a line over
a committee system's record. Every example is invented."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.dated_title_openings import _venue_after_date, repeats_title
from minutebook.parsing.fields_above import fields_above
from minutebook.parsing.openings import line_fields, when_and_where
from minutebook.parsing.yearless_dates import with_years
from opening_facts import first_part_meeting


def _lines(text: str) -> list[Line]:
    return [Line(number=n, text=t) for n, t in enumerate(text.split("\n"), start=1)]


def test_a_meeting_held_remotely_names_no_venue() -> None:
    date, time, venue, _ = when_and_where("remotely on 4th March, 2022.")
    assert (date, time, venue) == (dt.date(2022, 3, 4), None, None)


def test_a_platform_is_still_said_as_printed() -> None:
    assert when_and_where("virtually via Microsoft Teams on 4 March 2022")[2] == (
        "virtually via Microsoft Teams"
    )


def test_fields_above_finds_the_meeting_and_venue_fields_over_the_date() -> None:
    lines = _lines("Parish Council Agenda\nMeeting: Annual meeting\nVenue: Village Hall\nDate: x")
    assert fields_above(lines, 3) == 1
    assert fields_above(_lines("Parish Council Agenda\nDate: x"), 1) is None


def test_labelled_agenda_with_fields_before_the_date() -> None:
    text = (
        "Brackenmoor Conservation Board Agenda\n"
        "Meeting: Annual general meeting\n"
        "Venue: The Old School Rooms, Mill Lane, Brackenmoor\n"
        "Date: Tuesday 8 June 2021 at 10.00am\n"
        "Business\n"
        "1. Election of chair\n"
        "2. Apologies for absence\n"
        "3. Minutes of the meeting held on 9 March 2021\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert kind is DocumentKind.AGENDA
    assert body == "Brackenmoor Conservation Board"  # the "Meeting:" field is its sort
    assert (date, time) == (dt.date(2021, 6, 8), dt.time(10, 0))
    assert venue == "Old School Rooms, Mill Lane, Brackenmoor"  # article dropped


def test_with_years_fills_the_year_the_weekday_fits() -> None:
    lines = _lines("Board\n\nTuesday 14th March, 10:00-12:00\n\nRef 01/14/03/2023\nText 2022.")
    assert with_years(lines)[2].text == "Tuesday 14th March 2023, 10:00-12:00"


def test_with_years_leaves_a_date_no_printed_year_fits() -> None:
    lines = _lines("Board\nWednesday 14th March, 10:00\nIn 2023 and 2024.")
    assert with_years(lines) == lines


def test_with_years_mends_a_year_that_lost_its_last_figure() -> None:
    lines = _lines("Wyke Parish Council\n\nMONDAY 7 March 202 commencing at 7.30pm\nIn 2022.")
    assert with_years(lines)[2].text == "MONDAY 7 March 2022 commencing at 7.30pm"


def test_with_years_keeps_a_number_that_is_no_clipped_year() -> None:
    lines = _lines("Wyke Parish Council\n\nMonday 7 March 205 High Street\nIn 2022.")
    assert with_years(lines)[2].text == "Monday 7 March 2022 205 High Street"


def test_a_24_hour_span_after_the_date_is_no_venue() -> None:
    assert _venue_after_date("Tuesday 14th March 2023, 10:00-12:00") is None


def test_notes_of_meeting_under_the_board_dated_without_the_year() -> None:
    text = (
        "Harrowgate Estates Governance Board\n\n"
        "Notes of Meeting\n\n"
        "Tuesday 14th March, 10:00-12:00\n\n"
        "Board Room, Fenwick House\n\n"
        "Attendance\n\n"
        "Ann Tolley (AT) Chair\n\n"
        "Apologies\n\nNone.\n\n"
        "Ref 01/14/03/2023\n\nIntroductions.\n\nIntroductions were made.\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert kind is DocumentKind.MINUTES
    assert (body, date, time) == (
        "Harrowgate Estates Governance Board",
        dt.date(2023, 3, 14),
        dt.time(10, 0),
    )
    assert venue == "Board Room, Fenwick House"


def test_a_summons_set_out_a_phrase_to_a_line_over_a_record() -> None:
    text = (
        "Members are invited to a Meeting of the Licensing Committee\n\n"
        "to be held in the Blue Room, Town Hall, Ashby\n\n"
        "on Tuesday, 3 May 2022 at 7.00pm\n\n"
        "1 Apologies for Absence\n1\nApologies were received from Councillor Brent.\n"
        "2 Declarations of Interest\n2\nNo declarations of interest were made.\n"
        "RESOLVED that the report be noted.\n"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert (body, date, time) == ("Licensing Committee", dt.date(2022, 5, 3), dt.time(19, 0))
    assert venue == "Blue Room, Town Hall, Ashby"


def test_an_older_meeting_page_with_its_items_under_the_date() -> None:
    text = (
        "Meeting documents\nLicensing Panel\nTuesday, 8th March, 2016 6.30 pm\nNumberItem\n"
        "1.Apologies\n2.To receive any declarations of interest\n"
        "3.To consider the application for a premises licence\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time, venue) == (
        DocumentKind.AGENDA,
        "Licensing Panel",
        dt.date(2016, 3, 8),
        dt.time(18, 30),
        None,
    )


def test_a_line_repeating_the_body_under_the_date_is_no_venue() -> None:
    assert repeats_title("HIGHWAYS PANEL", "Highways Joint Panel")
    assert not repeats_title("Council Chamber", "Council")


def test_a_joined_date_and_time_label_is_one_field() -> None:
    assert line_fields("DATE AND TIME: Monday 3 May 2021 at 7.30pm") == [
        ("date and time", "Monday 3 May 2021 at 7.30pm")
    ]
    assert line_fields("Date: 3 May 2021 Time: 2 pm") == [("date", "3 May 2021"), ("time", "2 pm")]


def test_a_meeting_field_loses_the_word_meeting_after_the_body() -> None:
    text = (
        "MEETING: Harbour Fire Authority Meeting\n\nDATE AND TIME: Monday 3 May 2021 at 7.30pm\n\n"
        "VENUE: Council Chamber\n\nAGENDA\n\n1. Apologies for absence\n\n2. Minutes\n"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert (body, date, time, venue) == (
        "Harbour Fire Authority",
        dt.date(2021, 5, 3),
        dt.time(19, 30),
        "Council Chamber",
    )


def test_a_virtual_meeting_and_its_time_under_the_date_field() -> None:
    text = (
        "Harbour Board\n\nMeeting Date : 14/10/2020\n\nVirtual Meeting, 2.30pm\n\n"
        "1. To receive apologies for absence\n\n2. To confirm the minutes of the last meeting\n"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert (body, date, time, venue) == (
        "Harbour Board",
        dt.date(2020, 10, 14),
        dt.time(14, 30),
        None,
    )
