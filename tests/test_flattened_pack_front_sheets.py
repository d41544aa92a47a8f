"""A published pack's front sheet flattened onto one line: the pack's stamp and its
contact fields before the committee's title, the members run on after the place, and
each item's page range after its title (invented example)."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import parse_text
from minutebook.parsing.agenda_items import reads_as_title

MEMBERS = " ".join(f"Forename{n} Surname{n}" for n in range(20))
SHEET = (
    "Public Document Pack Email: committees@fenby.gov.uk Direct line: 01234 567890 "
    "Licensing Committee (South) Wednesday, 9th August, 2017 at 6.00 pm Council Chamber, "
    f"Town Hall, Fenby Councillors: Ann Reid (Chairman) Ben Moss (Vice-Chairman) {MEMBERS} "
    "You are summoned to the meeting to transact the following business Dan Hart Chief "
    "Executive Agenda Page No. 1. Apologies for absence 2. Minutes 5 - 10 To approve as "
    "correct the minutes of the meeting held on 12th July 2017 3. Declarations of Members' "
    "Interests To receive any declarations of interest from Members of the Committee "
    "4. Announcements To receive any announcements from the Chairman 5. Appeals 11 - 12 "
    "To receive the report of the Head of Development on appeals lodged since the last meeting\n"
)


def test_the_title_after_the_contacts_and_the_dated_line_name_the_meeting() -> None:
    meeting = parse_text(SHEET).meeting
    assert meeting is not None
    assert (meeting.body_name, meeting.date, meeting.time, meeting.venue) == (
        "Licensing Committee (South)",
        dt.date(2017, 8, 9),
        dt.time(18, 0),
        "Council Chamber, Town Hall, Fenby",
    )


def test_a_page_range_after_a_title_is_no_item() -> None:
    items = [(item.code, item.title) for item in parse_text(SHEET).items]
    assert items == [
        ("1", "Apologies for absence"),
        ("2", "Minutes"),
        ("3", "Declarations of Members' Interests"),
        ("4", "Announcements"),
        ("5", "Appeals"),
    ]
    assert not reads_as_title("10")
    assert not reads_as_title("11 - 12")
