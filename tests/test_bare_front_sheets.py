"""An agenda's front sheet whose labels were lost, the values alone on their lines
(`parsing/bare_front_sheets.py`)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from opening_facts import first_part_meeting

SHEET = (
    "Fenby Area Committee\n"
    "\n\n"
    "Councillors Ann Reid (Chair), Ben Moss (Vice-Chair), Carl Lowe and Dora Hart.\n"
    "\n\n"
    "Tuesday 8th March 2022\n"
    "\n\n"
    "2.00 pm\n"
    "\n\n"
    "Remote meeting held via Microsoft Teams\n"
    "\n\n"
    "The meeting will be broadcast live and a recording kept for six months.\n"
    "\n\n"
    "Welcome by the Chair\n"
    "\n\n"
    "{business}\n"
    "\n"
    "(Pages 3 - 8)\n"
)


def test_the_values_under_the_body_make_an_agenda_with_its_meeting() -> None:
    text = SHEET.format(business="Minutes of the Meeting held on 8 February 2022")
    assert first_part_meeting(text) == (
        DocumentKind.AGENDA,
        "Fenby Area Committee",
        dt.date(2022, 3, 8),
        dt.time(14, 0),
        "Remote meeting held via Microsoft Teams",
    )


def test_a_text_that_records_a_meeting_is_no_front_sheet() -> None:
    text = SHEET.format(
        business="Apologies were received from Councillor Hart.\n\nRESOLVED that the minutes "
        "be approved.\n\nThe meeting closed at 3.10 pm."
    )
    assert first_part_meeting(text)[0] is not DocumentKind.AGENDA
