"""A clerk's invitation opening an agenda: "I hereby invite you to attend a meeting of X on
D at T in V" (no "held", no "summoned")."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from opening_facts import first_part_meeting, parsed

INVITATION = (
    "I hereby invite you to attend a meeting of Wyke Magna Parish Council on Tuesday 8th "
    "March 2022 at 7.30pm in the Memorial Hall to consider the following items of business\n"
    "\n"
    "Ann Reid, Clerk to the Parish Council          1st March 2022\n"
    "\n"
    "AGENDA\n"
    "\n"
    "  1. Apologies for Absence\n"
    "  2. Declarations of interest\n"
)


def test_an_invitation_opens_one_agenda_with_its_meeting() -> None:
    assert first_part_meeting(INVITATION) == (
        DocumentKind.AGENDA,
        "Wyke Magna Parish Council",
        dt.date(2022, 3, 8),
        dt.time(19, 30),
        "Memorial Hall",
    )
    assert len(parsed(INVITATION).parts) == 1  # the "AGENDA" under it is the same paper


BEING_HELD = (
    "WYKE FIRE AUTHORITY\n\n"
    "Dear Member\n\n"
    "You are invited to attend the meeting of the Wyke Fire Authority being held at 2.00pm "
    "on Friday 24 September 2010. The meeting will be held in the Board Room, Fire "
    "Headquarters, Temple Back, Wyke.\n\n"
    "AGENDA\n\n"
    "1. Apologies for absence\n"
    "2. Minutes\n"
)


def test_a_meeting_being_held_and_its_place_in_the_next_sentence() -> None:
    assert first_part_meeting(BEING_HELD) == (
        DocumentKind.AGENDA,
        "Wyke Fire Authority",
        dt.date(2010, 9, 24),
        dt.time(14, 0),
        "Board Room, Fire Headquarters, Temple Back, Wyke",
    )


def test_a_record_dated_by_a_short_numeric_date() -> None:
    text = (
        "MINUTES OF WYKE COMMUNITY COUNCIL HELD AT THE VILLAGE HALL, WYKE AT 7.30 P.M. ON "
        "06.06.17\n\nPRESENT: Cllr A Reid, Cllr B Moss.\n\n1. APOLOGIES\n\nCllr C Lowe.\n\n"
        "2. MINUTES\n\nThe minutes were approved.\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        "WYKE COMMUNITY COUNCIL",
        dt.date(2017, 6, 6),
        dt.time(19, 30),
        "VILLAGE HALL, WYKE",
    )


def test_a_title_broken_before_its_dates_year() -> None:
    text = (
        "MINUTES OF WYKE TOWN COUNCIL MEETING HELD ON TUESDAY 21ST JUNE\n\n"
        "2016, AT THE YOUTH CENTRE, FOSSEWAY, WYKE AT 7.15 PM\n\n"
        "PRESENT: Councillors: A Reid (Chairman), B Moss.\n\n1. APOLOGIES\n\nNone.\n\n"
        "2. MINUTES\n\nThe minutes were approved.\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        "WYKE TOWN COUNCIL",
        dt.date(2016, 6, 21),
        dt.time(19, 15),
        "YOUTH CENTRE, FOSSEWAY, WYKE",
    )
