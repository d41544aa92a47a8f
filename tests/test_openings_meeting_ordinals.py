"""A meeting's number in its body's series ("the 12th Meeting") is no body (invented)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.openings import without_meeting_kind
from opening_facts import first_part_meeting

BANNER_OVER_NUMBERED_MEETING = """\
WESTMERE HARBOUR BOARD

Minutes of the 12th Meeting held at the Harbour Office, Westmere on 3 March 2014 at 10.00 am

PRESENT: Mr A Bell (Chairman), Mr C Dunn

1. Apologies
Apologies were received from Mr E Fox.
"""

NUMBERED_MEETING_OF_BODY = """\
MINUTES of the 104th meeting of the Westmere Harbour Board, held at the Harbour Office,
Westmere on 3 March 2014 at 10.00 am

PRESENT: Mr A Bell (Chairman), Mr C Dunn

1. Apologies
Apologies were received from Mr E Fox.
"""


def test_a_numbered_meeting_under_a_banner_is_the_banners_body() -> None:
    assert first_part_meeting(BANNER_OVER_NUMBERED_MEETING) == (
        DocumentKind.MINUTES,
        "WESTMERE HARBOUR BOARD",
        dt.date(2014, 3, 3),
        dt.time(10, 0),
        "Harbour Office, Westmere",
    )


def test_a_numbered_meeting_of_a_body_names_the_body() -> None:
    _, body, date, _, _ = first_part_meeting(NUMBERED_MEETING_OF_BODY)
    assert (body, date) == ("Westmere Harbour Board", dt.date(2014, 3, 3))


def test_only_the_ordinal_is_the_meetings_number() -> None:
    assert without_meeting_kind("12th") == "meeting"
    assert without_meeting_kind("94th Annual") == "meeting"
    assert without_meeting_kind("Harbour Board 3rd") == "Harbour Board"
    assert without_meeting_kind("Third Sector Forum") == "Third Sector Forum"
