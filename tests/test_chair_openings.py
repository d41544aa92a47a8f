"""A record's start time from the chair's opening of the meeting, when its heading gives
none (invented examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing.chair_openings import SEARCHED_LINES, chair_opened_time
from minutebook.parsing.headers import minutes_header


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def test_time_read_from_chair_opening_the_meeting() -> None:
    opened = _lines("x\nPresent: Cllr A Reid\nThe Chair opened the meeting at 7.35pm.")
    assert chair_opened_time(opened, 1) == dt.time(19, 35)
    declared = _lines("x\n1. The Chairman welcomed all and declared the meeting open at 7 p.m.")
    assert chair_opened_time(declared, 1) == dt.time(19, 0)
    order = _lines("x\nCllr B Hale called the meeting to order at 10.00 am")
    assert chair_opened_time(order, 1) == dt.time(10, 0)


def test_no_chair_opening_gives_no_time() -> None:
    assert chair_opened_time(_lines("x\nThe Chair opened the meeting."), 1) is None
    assert chair_opened_time(_lines("x\nThe Chair closed the meeting at 9.10pm."), 1) is None
    assert chair_opened_time(_lines("x\nThe new library opened at 9am."), 1) is None
    # above the opening, or far below it (another record), it is not this meeting's
    assert chair_opened_time(_lines("The Chair opened the meeting at 7pm.\nx"), 1) is None
    far = _lines("x" + "\n" * SEARCHED_LINES + "\nThe Chair opened the meeting at 7pm.")
    assert chair_opened_time(far, 1) is None


def test_minutes_header_takes_the_time_only_when_missing() -> None:
    lines = _lines(
        "Minutes of the Meeting of Fenby Parish Council\nheld on Monday 12 May 2025\n"
        "at Fenby Village Hall\nPresent: Cllr A Reid (Chair), Cllr B Hale\n"
        "The Chair opened the meeting at 7.32pm and welcomed those present."
    )
    facts = minutes_header(lines, "f.txt", Diagnostics())
    assert facts is not None and facts.time == dt.time(19, 32)
    timed = _lines(
        "Minutes of the Meeting of Fenby Parish Council held on Monday 12 May 2025 at 7.30pm"
        "\nat Fenby Village Hall\nThe Chair opened the meeting at 7.32pm."
    )
    facts = minutes_header(timed, "f.txt", Diagnostics())
    assert facts is not None and facts.time == dt.time(19, 30)
