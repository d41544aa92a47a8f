"""A record whose head names no body is named by the minutes it first approves."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.unnamed_openings import previous_minutes_body
from opening_facts import first_part_meeting

WEB_PAGE = """Agenda and minutes

Thursday, 14th March, 2019 6.30 pm

Venue: Council Chamber, Civic Offices, Fenby

Contact: Ann Reid, Democratic Services

No. Item

1.

Apologies for absence

Apologies were received from Councillors Dale and Moss.

2.

Confirmation of Council minutes - 21/01/19

The minutes of the meeting held on 21 January 2019 were CONFIRMED as a correct record.
"""

BOOK_PAGE = """Minutes of the meeting held on 4th June 2018 at 7.30pm in the Pavilion, Mill Lane.

Present: Cllr A Brook (Chair), Cllr C Dale, Cllr E Moss

12/18/P Apologies
None.

13/18/P Minutes
The minutes of the Planning Committee held on 14th May 2018 were approved and signed.
"""

CUT_OFF = """9th October 2015

(The meeting was held at Harbour House, Quay Street)

Members present: Councillors Brook, Dale and Moss.

1. MINUTES
Resolved - That the minutes of the meeting of the Harbour Board held on 3rd July 2015
be taken as read and signed as a correct record.
"""


def test_a_web_page_without_its_title_line_is_named_by_its_confirmed_minutes() -> None:
    assert first_part_meeting(WEB_PAGE) == (
        DocumentKind.MINUTES,
        "Council",
        dt.date(2019, 3, 14),
        dt.time(18, 30),
        "Council Chamber, Civic Offices, Fenby",
    )


def test_a_bodiless_record_sentence_is_named_by_its_approved_minutes() -> None:
    assert first_part_meeting(BOOK_PAGE) == (
        DocumentKind.MINUTES,
        "Planning Committee",
        dt.date(2018, 6, 4),
        dt.time(19, 30),
        "Pavilion, Mill Lane",
    )


def test_a_head_cut_off_above_its_date_is_named_by_its_approved_minutes() -> None:
    kind, body, date, _time, _venue = first_part_meeting(CUT_OFF)
    assert (kind, body, date) == (DocumentKind.MINUTES, "Harbour Board", dt.date(2015, 10, 9))


def test_without_an_approval_of_named_minutes_no_meeting_is_read() -> None:
    unnamed = WEB_PAGE.replace("Confirmation of Council minutes", "Minutes of last meeting")
    assert first_part_meeting(unnamed)[1:] == (None, None, None, None)


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def test_only_an_approval_names_the_body_and_the_first_is_the_records_own() -> None:
    assert previous_minutes_body(_lines("Minutes of the Cabinet held on 2 May were noted.")) is None
    lines = _lines(
        "The minutes of the meeting of the Council held on 2 May were confirmed.",
        "The minutes of the Licensing Committee held on 9 May were approved.",
    )
    assert previous_minutes_body(lines) == "Council"
    assert previous_minutes_body(_lines("Approval of the Cabinet Minutes of 4 April")) == "Cabinet"
