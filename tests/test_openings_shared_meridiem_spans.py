"""A sitting's span with the half of the day printed once, after its end ("Time: 6.30 -
8.52 pm", "held on D from 7.00 to 8.05 pm", "D (7.00 - 9.25 pm)"): the meeting began at the
span's start, never at its end (invented examples, with cases the rule must leave alone)."""

from __future__ import annotations

import datetime as dt

from minutebook.dates import CLOCK_RANGE, find_field_time, find_time, range_start_of
from minutebook.model import Line
from minutebook.parsing.dated_title_openings import dated_title_opening, times_alone
from minutebook.parsing.labelled_openings import labelled_opening
from minutebook.parsing.openings import when_and_where
from minutebook.parsing.time_notes import place_and_span


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def _start(text: str) -> dt.time | None:
    span = CLOCK_RANGE.search(text)
    return None if span is None else range_start_of(span)


def test_the_start_takes_the_half_of_the_day_printed_after_the_end() -> None:
    assert find_time("6.30 - 8.52 pm") == dt.time(18, 30)
    assert find_time("FROM 7.00 TO 8.05 PM") == dt.time(19, 0)
    assert find_time("10.00 - 11.50 am") == dt.time(10, 0)
    assert find_field_time("7.00 – 9.25 pm") == dt.time(19, 0)


def test_a_start_that_would_fall_after_the_end_is_in_the_morning() -> None:
    assert _start("11.00 - 1.15 pm") == dt.time(11, 0)
    assert _start("10.30 - 12.15 pm") == dt.time(10, 30)
    assert _start("12.30 - 2.00 pm") == dt.time(12, 30)  # half past noon, not midnight


def test_spans_printing_both_halves_and_single_times_read_as_before() -> None:
    assert find_time("6.30 pm - 8.45 pm") == dt.time(18, 30)
    assert find_time("at 7pm in the Hall") == dt.time(19, 0)
    assert find_time("12 noon - 2.00 pm") == dt.time(12, 0)
    assert find_time("Pages 3 - 10, at 2.30 pm") == dt.time(14, 30)
    assert _start("14.00 - 4.00 pm") is None  # no 12-hour clock prints "14.00"


def test_a_sentence_keeps_its_place_once_the_span_is_out() -> None:
    date, time, venue, _ = when_and_where(
        "on Tuesday 5 July 2022 from 7.00 - 9.25 pm in the Council Chamber, Town Hall"
    )
    assert (date, time) == (dt.date(2022, 7, 5), dt.time(19, 0))
    assert venue == "Council Chamber, Town Hall"


def test_a_labelled_time_field() -> None:
    lines = _lines(
        "WYNDLESHAM BOROUGH COUNCIL\n\nPlanning Committee\n\nDate: 5 July 2022\n"
        "Time: 6.30 - 8.45 pm\nPlace: Council Chamber, Town Hall\n\nPresent: Councillor A Bell"
    )
    opening = labelled_opening(lines)
    assert opening is not None
    assert (opening.time, opening.venue) == (dt.time(18, 30), "Council Chamber, Town Hall")


def test_a_dated_line_under_the_title_prints_the_span_and_no_place() -> None:
    bracketed = dated_title_opening(_lines("CABINET\n\n5 July 2022 (7.00 - 9.25 pm)\n\nPresent:"))
    assert bracketed is not None
    assert (bracketed.time, bracketed.venue) == (dt.time(19, 0), None)
    placed = dated_title_opening(_lines("CABINET\n\n5 July 2022, 7.00 - 9.25 pm, Town Hall\n"))
    assert placed is not None
    assert (placed.time, placed.venue) == (dt.time(19, 0), "Town Hall")
    assert times_alone("7.00 - 9.25 pm")
    assert not times_alone("7.00 - 9.25 pm, Town Hall")


def test_a_labelled_time_field_is_no_place_and_span_line() -> None:
    assert place_and_span(_lines("Minutes\nTime: 7.00 - 9.25 pm\n1. Apologies"), 1) is None
    found = place_and_span(_lines("Minutes\nCouncil Chamber, Caerwen - 10.30 - 12.45 pm\n"), 1)
    assert found == (dt.time(10, 30), "Council Chamber, Caerwen")
