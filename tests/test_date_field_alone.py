"""A "Date:" field printed alone, the time and the address on the lines under it, and a
month printed with an echo of its start (zoo:
agenda-fire-authority-date-field-alone-time-address-below)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.labelled_openings import labelled_opening
from minutebook.parsing.spoken_dates import plain_dates
from opening_facts import first_part_meeting


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_a_months_echo_is_left_out() -> None:
    assert plain_dates("Date: 15 JuneJu 2017") == "Date: 15 June 2017"
    assert plain_dates("3 MARCHMAR 2016") == "3 MARCH 2016"
    assert plain_dates("the Mayoral election in May 2016") == "the Mayoral election in May 2016"


SHEET = (
    "JOINT FIRE AUTHORITY\n\nDate: Monday 7 March 2022\n\n1400 hrs\n\n"
    "Brigade Headquarters and Training Centre, Long Acre Road, Upper Wyndham, Corrowdale, "
    "CW4 9XY\n\nAGENDA\n"
)


def test_the_time_and_the_address_under_a_date_field_alone() -> None:
    opening = labelled_opening(_lines(SHEET))
    assert opening is not None
    assert opening.date == dt.date(2022, 3, 7)
    assert opening.time == dt.time(14, 0)
    assert opening.venue is not None and opening.venue.endswith("CW4 9XY")


def test_a_sentence_under_the_date_gives_no_time_nor_place() -> None:
    letter = SHEET.replace("1400 hrs", "Please note the change of room.")
    opening = labelled_opening(_lines(letter))
    assert opening is not None and opening.time is None and opening.venue is None


def test_a_dates_words_run_together_are_parted() -> None:
    assert plain_dates("HELD ON FRIDAY19TH JUNE 2015 AT 6.30 PM") == (
        "HELD ON FRIDAY 19TH JUNE 2015 AT 6.30 PM"
    )
    assert plain_dates("on TUESDAY 4 JANUARY2011 at10.00 a.m.") == (
        "on TUESDAY 4 JANUARY 2011 at 10.00 a.m."
    )
    # a word ending in "at" or a month inside a word is left alone
    assert plain_dates("Flat10.00 and Mayfair2011") == "Flat10.00 and Mayfair2011"


def test_a_record_whose_date_ran_into_its_weekday_is_dated() -> None:
    text = (
        "FENBY PARISH COUNCIL\n\nMINUTES OF THE PARISH COUNCIL MEETING HELD IN THE VILLAGE HALL,"
        " FENBY ON FRIDAY19TH JUNE 2015 AT 6.30 PM\n\nPRESENT Councillor A Reid (in the Chair)\n"
    )
    assert first_part_meeting(text)[1:4] == (
        "FENBY PARISH COUNCIL",
        dt.date(2015, 6, 19),
        dt.time(18, 30),
    )


def test_an_agenda_title_broken_before_its_place_names_the_body() -> None:
    text = (
        "AGENDA for the ROADS AND TRANSPORT CABINET PANELin\n\n"
        "Committee Room B, County Hall, Fenby on TUESDAY 4 JANUARY2011 at10.00 a.m.\n\n"
        "MEMBERS OF THE PANEL\n\nA Reid, B Moss, C Lowe\n\n1. Minutes\n\n2. Petitions\n"
    )
    assert first_part_meeting(text)[1:] == (
        "ROADS AND TRANSPORT CABINET PANEL",
        dt.date(2011, 1, 4),
        dt.time(10, 0),
        "Committee Room B, County Hall, Fenby",
    )


RECORD_FIELDS = (
    "Wyke Community Council CC wykecc.org.uk; RECORD OF MEETING\n\n"
    "Title: WYKE COMMUNITY COUNCIL: RECORD OF MEETING\n\n"
    "Location: WYKE LIBRARY, 4 MILL ROAD, WYKE\n\n"
    "Date & Time: MONDAY 13 MAY 2024. 19:15 – 21:00hrs\n\n"
    "Present: Mrs. Ann REID (AR) Chairperson\n"
)


def test_a_clock_after_the_dates_year_and_a_name_before_its_web_address() -> None:
    _, body, date, time, _ = first_part_meeting(RECORD_FIELDS)
    assert (body, date, time) == ("Wyke Community Council", dt.date(2024, 5, 13), dt.time(19, 15))
