"""A place called a "Meeting Room" under the dated line is the venue, not a record's own
line speaking of the meeting (zoo: agenda-notice-title-meeting-room-venue)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.openings import dated_title_opening


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
