"""A record opened by "Minute of a meeting on D, T, V" naming no body after "meeting"."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import lines_of
from minutebook.parsing.minute_of_meeting import minute_of_meeting_opening


def test_body_before_minute_on_the_same_line() -> None:
    opening = minute_of_meeting_opening(
        lines_of(
            "Paper 1\n\nGlenmorven Health Board Minute of a public meeting on 4 May 2019 "
            "9.30am, Board Room, Strathcarn House, Invergarry\n\nPresent: Mr Ian Baird (Chair)"
        )
    )
    assert opening is not None
    assert opening.body == "Glenmorven Health Board"
    assert opening.date == dt.date(2019, 5, 4)
    assert opening.time == dt.time(9, 30)
    assert opening.venue == "Board Room, Strathcarn House, Invergarry"
    assert opening.line == 3


def test_title_line_with_its_stop_above_the_sentence() -> None:
    opening = minute_of_meeting_opening(
        lines_of(
            "KILBARRAN COUNCIL.\n\nMinutes of meeting in Burgh Chambers, Market Street, , on "
            "6th May 2016 at 10.00 a.m.\n\nPresent: Councillors Ann Reid (Provost)"
        )
    )
    assert opening is not None
    assert opening.body == "KILBARRAN COUNCIL"
    assert opening.date == dt.date(2016, 5, 6)
    assert opening.time == dt.time(10, 0)
    assert opening.venue == "Burgh Chambers, Market Street"


def test_bare_noun_or_no_body_stays_unread() -> None:
    assert (
        minute_of_meeting_opening(lines_of("COUNCIL.\n\nMinutes of meeting in V on 6 May 2016"))
        is None
    )
    assert (
        minute_of_meeting_opening(lines_of("Minute of a public meeting on 4 May 2019 9.30am, Hall"))
        is None
    )
    assert (
        minute_of_meeting_opening(
            lines_of("Village Notes\nMinutes of the meeting held on 4 May 2019 at 7pm in the Hall")
        )
        is None
    )


def test_item_approving_minutes_is_no_opening() -> None:
    assert (
        minute_of_meeting_opening(
            lines_of(
                "Strathcarn Board\n3. To approve the minutes of the meeting held on 4 May 2019"
            )
        )
        is None
    )


def test_link_text_run_on_before_the_title_is_no_body() -> None:
    assert (
        minute_of_meeting_opening(
            lines_of(
                "Minutes PDF 96 KB Kelmoor Council The Kelmoor Joint Board Minutes of the meeting "
                "held at Room 2 on 3 May 2019 at 10.00 am"
            )
        )
        is None
    )
