"""A notice's title naming the meeting and its venue, ending on "on", with the date on the
line under it (`parsing/notice_titles.py`)."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import lines_of
from minutebook.model import DocumentKind
from minutebook.parsing.notice_titles import notice_title_opening
from opening_facts import first_part_meeting

NOTICE = (
    "WYKE PARISH COUNCIL\n"
    "\n"
    "NOTICE of the Ordinary Meeting of the Parish Council at Wyke Village Hall on:\n"
    "\n"
    "TUESDAY 8 March 2022 commencing at 7.30pm\n"
    "\n"
    "AGENDA\n"
    "\n"
    "  1. Apologies\n"
    "\n"
    "To receive apologies for absence.\n"
    "\n"
    "  2. Minutes\n"
    "\n"
    "To approve the minutes of the meeting held on 8 February 2022.\n"
)


def test_the_title_gives_body_and_venue_the_line_under_it_the_date() -> None:
    assert first_part_meeting(NOTICE) == (
        DocumentKind.AGENDA,
        "Wyke Parish Council",
        dt.date(2022, 3, 8),
        dt.time(19, 30),
        "Wyke Village Hall",
    )


def test_the_venue_may_follow_the_date_instead() -> None:
    opening = notice_title_opening(
        lines_of(
            "NOTICE OF THE ANNUAL MEETING OF FENBY TOWN COUNCIL ON\n"
            "Monday 9 May 2022 at 7pm in the Council Chamber\n"
        )
    )
    assert opening is not None
    assert (opening.body, opening.date, opening.venue) == (
        "FENBY TOWN COUNCIL",
        dt.date(2022, 5, 9),
        "Council Chamber",
    )


def test_no_dated_line_under_the_title_reads_nothing() -> None:
    assert (
        notice_title_opening(lines_of("Notice of the Meeting of the Council on:\nAGENDA\n")) is None
    )
