"""A summons broken into two paragraphs: its time or place read from the second."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.summons_tails import summons_tail


def _lines(*texts: str) -> list[Line]:
    return [Line(number=i + 1, text=t) for i, t in enumerate(texts)]


def test_the_time_left_to_the_next_paragraph() -> None:
    lines = _lines(
        "Members are hereby summoned to attend a meeting of Wendlow Town Council at the "
        "Corn Exchange on Monday 6th March 2023",
        "",
        "at 7.15pm for the purpose of transacting the following business.",
    )
    assert summons_tail(lines, 1) == (dt.time(19, 15), None)


def test_the_place_left_to_the_next_paragraph() -> None:
    lines = _lines(
        "You are summoned to attend the meeting of Orlby Parish Council on Monday 6th "
        "March 2023 at 7pm, to be held at:",
        "",
        "Orlby Village Hall for the purpose of transacting the business below.",
    )
    assert summons_tail(lines, 1) == (None, "Orlby Village Hall")


def test_a_closed_sentence_or_other_paragraph_gives_nothing() -> None:
    closed = _lines(
        "A meeting of Orlby Parish Council will be held on Monday 6th March 2023.",
        "at 7pm for the purpose of transacting the business below.",
    )
    assert summons_tail(closed, 1) is None
    other = _lines(
        "A meeting of Orlby Parish Council will be held on Monday 6th March 2023",
        "Agenda",
    )
    assert summons_tail(other, 1) is None
    prose = _lines(
        "A meeting of Orlby Parish Council will be held on Monday 6th March 2023",
        "Members are asked to attend for the purpose of transacting the business.",
    )
    assert summons_tail(prose, 1) is None
