"""A front sheet's "Meeting / Date / Time / Place" fields run together on one line with
no colons: the labels split the run, so the label "Date" never joins the body's name."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.model import DocumentKind, Line
from minutebook.parsing.flattened_field_runs import field_run_opening
from opening_facts import first_part_meeting

MEMBERS = " ".join(f"Member{n} Surname{n} AM" for n in range(30))
SHEET = (
    "AGENDA Meeting Harbour Committee Date Tuesday 4 March 2014 Time 2.00 pm Place Room 3, "
    "Civic Centre, Kelbridge, KB1 2XY Copies of the reports and any attachments may be "
    "found online. Members of the Committee " + MEMBERS + " A meeting of the Committee has "
    "been called by the Chair of the Committee to deal with the business listed below."
)


def test_the_labels_split_the_run_into_body_date_time_and_place() -> None:
    opening = field_run_opening([Line(1, SHEET)])
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "Harbour Committee",
        dt.date(2014, 3, 4),
        dt.time(14, 0),
        "Room 3, Civic Centre, Kelbridge, KB1 2XY",
    )


def test_the_flattened_sheet_is_an_agenda_for_that_meeting() -> None:
    assert first_part_meeting(SHEET + "\n") == (
        DocumentKind.AGENDA,
        "Harbour Committee",
        dt.date(2014, 3, 4),
        dt.time(14, 0),
        "Room 3, Civic Centre, Kelbridge, KB1 2XY",
    )


def test_a_place_without_a_postcode_ends_at_the_next_sentence() -> None:
    text = SHEET.replace(", KB1 2XY", "")
    opening = field_run_opening([Line(1, text)])
    assert opening is not None
    assert opening.venue == "Room 3, Civic Centre, Kelbridge"


def test_a_sentence_naming_a_meeting_and_a_date_is_no_field_run() -> None:
    text = "The meeting of the Harbour Committee on Tuesday 4 March 2014 at 2.00 pm."
    assert field_run_opening([Line(1, text)]) is None
    assert field_run_opening([Line(1, "Meeting Harbour Committee Date to be confirmed")]) is None


def test_a_remote_meetings_run_with_no_place_after_a_hosts_title() -> None:
    text = (
        "(Public Pack)Agenda Document for Executive, 03/02/2021 16:00 26 January 2021 "
        "Committee Executive Date Wednesday, 3 February 2021 Time of Meeting 4:00 pm This is a "
        "remote meeting in accordance with the Regulations 2020."
    )
    opening = field_run_opening([Line(1, text)])
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "Executive",
        dt.date(2021, 2, 3),
        dt.time(16, 0),
        None,
    )
    # no sentence and no place after the time: no run
    assert field_run_opening([Line(1, "Committee Executive Date 3 May 2021 Time 4 pm")]) is None


def test_a_records_name_of_meeting_table_run_on_ends_its_place_at_present() -> None:
    """A record's heading table ("Name of meeting / Date and time / Venue") flattened with
    its attendance: the time is said with the date, and "Present" ends the place."""
    text = (
        "PAPER A Name of meeting HARBOUR COMMITTEE Date and time TUESDAY, 9 JANUARY 2018 "
        "COMMENCING AT 5.00 PM Venue COUNCIL CHAMBER, COUNTY HALL, KELBRIDGE Present Cllrs "
        "Ann Reid (Chairman), Bob Moss, Cara Lowe Officers Present Dan Pym 1. Minutes "
        "RESOLVED : THAT the Minutes of the meeting held on 7 November 2017 be confirmed."
    )
    opening = field_run_opening([Line(1, text)])
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "HARBOUR COMMITTEE",
        dt.date(2018, 1, 9),
        dt.time(17, 0),
        "COUNCIL CHAMBER, COUNTY HALL, KELBRIDGE",
    )
    assert first_part_meeting(text + " " + "The Committee noted the report. " * 12 + "\n") == (
        DocumentKind.MINUTES,
        "HARBOUR COMMITTEE",
        dt.date(2018, 1, 9),
        dt.time(17, 0),
        "COUNCIL CHAMBER, COUNTY HALL, KELBRIDGE",
    )


def test_the_name_of_meeting_table_unflattened_is_read_by_its_labels() -> None:
    """The same table with its colons and tabs: "Name of meeting:" labels the body."""
    text = (
        "Name of meeting:\tHARBOUR COMMITTEE\n"
        "Date and time:\tTUESDAY, 9 JANUARY 2018 COMMENCING AT 5.00 PM\n"
        "Venue:\tCOUNCIL CHAMBER, COUNTY HALL, KELBRIDGE\n"
        "Present:\tCllrs Ann Reid (Chairman), Bob Moss\n"
        "\n"
        "1. Minutes\n"
        "RESOLVED: THAT the minutes be confirmed.\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        "HARBOUR COMMITTEE",
        dt.date(2018, 1, 9),
        dt.time(17, 0),
        "COUNCIL CHAMBER, COUNTY HALL, KELBRIDGE",
    )


@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("Minutes of Meeting of: Council", "Council"),
        ("Minutes of a Meeting of: Policy & Resources Committee", "Policy & Resources Committee"),
    ],
)
def test_minutes_of_meeting_of_labels_the_body(label: str, body: str) -> None:
    """ "Minutes of Meeting of: Council" over "Date and Time:" and "Location:" lines; "a
    Meeting of:" the same."""
    text = (
        f"{label}\n"
        "\n"
        "Date and Time: Thursday 28 July 2031 at 7.03 pm\n"
        "\n"
        "Location: Council Chamber, The Townhall, Fenby\n"
        "\n"
        "Present: Councillors: Ann Reid; Bob Moss\n"
        "\n"
        "1. Minutes\n"
        "RESOLVED: THAT the minutes be confirmed.\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        body,
        dt.date(2031, 7, 28),
        dt.time(19, 3),
        "Council Chamber, The Townhall, Fenby",
    )
