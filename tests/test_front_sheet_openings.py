"""Openings first met in other bodies' real papers (round 27): a notice whose letter date
comes before the meeting's own fields, its venue run on into the signing officer's name;
"Agenda <date> <time> <place>" under the body's name; "X Meeting Minutes" as a title; a
title line with its date and time over the place, a note run on after the place. Every
example is invented."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.blank_page_breaks import pieces_after_notice
from minutebook.parsing.letterheads import without_contact_cells
from minutebook.parsing.signed_venues import without_signature
from opening_facts import first_part_meeting, parsed


def test_the_meeting_date_under_the_meeting_field_wins_over_the_letter_date() -> None:
    text = (
        "Public Document Pack\n"
        "Fenmoor National Park Authority Tel: 01234 567890 E-mail: office@fenmoor.example\n"
        "Our Ref: B.22/41\n"
        "Date: 2 May 2024\n"
        "NOTICE OF MEETING\n"
        "Meeting: National Park Authority\n"
        "Date: Friday 10 May 2024\n"
        "Time: 10.00 am\n"
        "Venue: The Council Room, Moor House, Bridge Street, Ashby\n"
        "JANE ROOKE CHIEF EXECUTIVE\n"
        "AGENDA\n"
        "1. Apologies for Absence\n"
        "2. Minutes of previous meeting\n"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert body == "Fenmoor National Park Authority"
    assert date == dt.date(2024, 5, 10)
    assert time == dt.time(10, 0)
    assert venue == "Council Room, Moor House, Bridge Street, Ashby"


def test_a_letter_date_with_no_meeting_field_between_stays_the_date() -> None:
    text = (
        "HARBOUR BOARD\n\nAGENDA\n\n"
        "Date: Monday 3 June 2024\n"
        "Time: 2.00 pm\n"
        "Venue: Quay Office, Ashcombe\n\n"
        "1. Apologies\n"
    )
    _, body, date, _, _ = first_part_meeting(text)
    assert (body, date) == ("HARBOUR BOARD", dt.date(2024, 6, 3))


def test_a_signature_in_capitals_is_cut_from_a_mixed_case_venue() -> None:
    assert without_signature("Room 2, Civic Hall, Ashby TOM REED CHIEF EXECUTIVE") == (
        "Room 2, Civic Hall, Ashby"
    )
    assert without_signature("Hall A PAT HOLT HEAD OF LEGAL SERVICES") == "Hall A"
    assert without_signature("Town Hall, High Street TOM REED") == (
        "Town Hall, High Street TOM REED"
    )  # no officer's post: maybe part of the place
    assert without_signature("THE GUILDHALL MAIN HALL") == "THE GUILDHALL MAIN HALL"


def test_labelled_contacts_after_a_letterhead_name_are_no_part_of_it() -> None:
    assert without_contact_cells("Kelbridge Borough Council Tel: 01234 567890") == (
        "Kelbridge Borough Council"
    )
    assert without_contact_cells("Kelbridge Borough Council") == "Kelbridge Borough Council"


def test_an_agenda_line_with_date_time_and_place_under_the_body() -> None:
    text = (
        "Marshland Drainage Authority\n\n"
        "Agenda 14 June 2024 10.30am Dyke House, Mill Lane, Fenby, FB2 3XY\n\n"
        "1. To receive apologies for absence\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert kind is DocumentKind.AGENDA
    assert body == "Marshland Drainage Authority"
    assert (date, time) == (dt.date(2024, 6, 14), dt.time(10, 30))
    assert venue == "Dyke House, Mill Lane, Fenby, FB2 3XY"


def test_meeting_minutes_after_the_body_name_is_no_part_of_it() -> None:
    text = (
        "Planning Committee Meeting Minutes\n\n"
        "Tuesday 9th July 2024 at 7.30pm\n\n"
        "Members Present:\n\nCllrs Ash, Birch, Hazel\n"
    )
    _, body, date, time, _ = first_part_meeting(text)
    assert (body, date, time) == ("Planning Committee", dt.date(2024, 7, 9), dt.time(19, 30))


def test_the_place_under_a_dated_title_line_is_cut_before_a_note() -> None:
    text = (
        "WESTMERE JOINT CABINET Thursday 4th July 2024 at 2pm\n\n"
        "Riverside House, Quay Road, Westmere These minutes are in draft form until "
        "approved at the next meeting.\n\n"
        "PRESENT Councillor Ann Lake (Chair)\n"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert date == dt.date(2024, 7, 4) and time == dt.time(14, 0)
    assert body is not None and body.casefold() == "westmere joint cabinet"
    assert venue == "Riverside House, Quay Road, Westmere"


def test_a_blank_page_notice_run_into_the_enclosed_minutes_is_broken_off() -> None:
    text = (
        "NOTICE OF MEETING OF THE LICENSING COMMITTEE\n\n"
        "You are invited to attend a meeting of the Licensing Committee on Monday, 3 June "
        "2024 at 10.00 am in Room 4, Civic Offices, Fenby\n\n"
        "A APOLOGIES\nTo receive apologies for absence.\n\n"
        "B MINUTES\nTo confirm the minutes of the meeting held on 6 May 2024\n\n"
        "1 LICENCE REVIEW\nA report for decision. This page is intentionally left blank "
        "Agenda Item B LICENSING COMMITTEE 6 MAY 2024 Present: Chairman: Councillor Ann "
        "Lake Councillors: Ben Moss and Cal Reed 1 APOLOGIES None were received.\n"
    )
    doc = parsed(text)
    kinds = [part.kind for part in doc.parts]
    assert kinds == [DocumentKind.AGENDA, DocumentKind.MINUTES]
    meeting = doc.parts[1].meeting
    assert meeting is not None and meeting.date == dt.date(2024, 5, 6)


def test_pieces_after_a_notice_with_no_run_on_are_none() -> None:
    assert pieces_after_notice("This page is intentionally left blank") is None
    run_on = "for noting. This page is intentionally left blank Agenda Item 4 REPORT"
    assert pieces_after_notice(run_on) == [
        "for noting.",
        "This page is intentionally left blank",
        "Agenda Item 4",
        "REPORT",
    ]


def test_a_held_at_line_under_the_date_gives_the_place() -> None:
    text = (
        "Minutes\n\nof the Meeting of the\n\nLicensing & Appeals Committee\n\n"
        "Tuesday, 4th June 2024\n\nheld at the Guildhall, Fenby, Wessex.\n\n"
        "Meeting Commenced: 10.00am\n"
    )
    _, body, date, _, venue = first_part_meeting(text)
    assert (body, date) == ("Licensing & Appeals Committee", dt.date(2024, 6, 4))
    assert venue == "Guildhall, Fenby, Wessex"
