"""A web page's heading over the date in figures and the time names the meeting, as does a
heading with the date in figures at its end."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.numeric_dated_titles import numeric_dated_title_opening, titled_numeric_date


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def test_a_heading_over_a_figures_date_and_time_is_the_meeting() -> None:
    found = numeric_dated_title_opening(_lines("Planning Committee\n\n07/09/2022 at 6:30 pm\n"))
    assert found is not None
    assert (found.body, found.date, found.time, found.line) == (
        "Planning Committee",
        dt.date(2022, 9, 7),
        dt.time(18, 30),
        3,
    )


def test_a_welsh_am_before_the_time_is_read() -> None:
    found = numeric_dated_title_opening(_lines("Pwyllgor Cyllid\n\n24/02/2021 am 7:00 pm"))
    assert found is not None and found.time == dt.time(19, 0)


def test_a_date_in_a_sentence_or_without_a_title_is_not_read() -> None:
    assert numeric_dated_title_opening(_lines("Full Council\n\nHeld on 07/09/2022.")) is None
    assert numeric_dated_title_opening(_lines("07/09/2022 at 6:30 pm\n\nPresent:")) is None


def test_a_heading_ending_in_a_date_in_figures_is_the_meeting() -> None:
    found = titled_numeric_date(_lines("EXTRAORDINARY COUNCIL 21/1/31\n\nPresent : Cllr A Reid"))
    assert found is not None
    assert (found.body, found.date, found.line) == (
        "EXTRAORDINARY COUNCIL",
        dt.date(2031, 1, 21),
        1,
    )
    assert titled_numeric_date(_lines("Report dated 21/1/31\n\nText")) is None
