"""A place called a "Meeting Room" under the dated line is the venue, not a record's own
line speaking of the meeting; a dated line may give its place before its time (zoo:
agenda-notice-title-meeting-room-venue, agenda-dated-line-place-then-commencing-time)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.dated_title_openings import dated_title_opening


def test_a_meeting_room_under_the_date_is_the_venue() -> None:
    text = (
        "NOTICE OF MEETING\nLICENSING COMMITTEE\nTUESDAY, 3 MARCH 2020 AT 2.00 PM\n"
        "THE WEST MEETING ROOM - SECOND FLOOR, THE CIVIC CENTRE\nCommittee Members:\n"
    )
    opening = dated_title_opening([Line(k + 1, t) for k, t in enumerate(text.split("\n"))])
    assert opening is not None
    assert (opening.body, opening.time, opening.venue) == (
        "LICENSING COMMITTEE",
        dt.time(14, 0),
        "WEST MEETING ROOM - SECOND FLOOR, THE CIVIC CENTRE",
    )


def test_a_dated_line_gives_the_place_before_its_time() -> None:
    text = (
        "Westlea Combined Fire Authority\n\nTuesday, 9 June 2026 in the Board Room, Service "
        "Headquarters, Fulwood commencing at 10.30 am.\n\nAGENDA\n"
    )
    opening = dated_title_opening([Line(k + 1, t) for k, t in enumerate(text.split("\n"))])
    assert opening is not None
    assert (opening.time, opening.venue) == (
        dt.time(10, 30),
        "Board Room, Service Headquarters, Fulwood",
    )
