"""Tests for a meeting's hours printed alone as a 24-hour start and end under its date."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.clock_spans import clock_span_start
from minutebook.parsing.dated_title_openings import dated_title_opening
from minutebook.parsing.letterheads import health_trust, under_authority
from minutebook.parsing.openings import title_name


def _lines(text: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]


def test_span_alone_gives_its_start() -> None:
    assert clock_span_start("13:30 – 16:00") == dt.time(13, 30)
    assert clock_span_start("09.30 - 16.00") == dt.time(9, 30)
    assert clock_span_start("10:15–12:30 hrs") == dt.time(10, 15)


def test_a_single_clock_or_text_is_no_span() -> None:
    assert clock_span_start("14:00") is None
    assert clock_span_start("10.00") is None
    assert clock_span_start("13:30 – 16:00 in the Linden Suite") is None
    assert clock_span_start("Items 12 - 14") is None
    assert clock_span_start("25:10 - 26:00") is None


def test_stacked_trust_board_opening_reads_time_and_venue() -> None:
    text = (
        "Eastmoor Healthcare NHS Foundation Trust\n"
        "Minutes of the Board Meeting in Public\n"
        "Thursday 12 March 2019\n"
        "13:30 – 16:00\n"
        "The Linden Suite, Orchard Road, Kelbridge, KB4 7QT\n"
        "Members:\n"
        "Anna Fairley\n"
    )
    opening = dated_title_opening(_lines(text))
    assert opening is not None
    assert opening.body == "Board"
    assert opening.date == dt.date(2019, 3, 12)
    assert opening.time == dt.time(13, 30)
    assert opening.venue == "The Linden Suite, Orchard Road, Kelbridge, KB4 7QT"


def test_meeting_in_public_is_no_part_of_the_name() -> None:
    assert title_name(Line(1, "Trust Board Meeting held in Public")) == "Trust Board"
    assert title_name(Line(1, "Board Meeting in Private")) == "Board"
    assert title_name(Line(1, "Public Health Committee")) == "Public Health Committee"


def test_a_health_trusts_board_keeps_its_noun() -> None:
    assert health_trust("Eastmoor Healthcare NHS Foundation Trust")
    assert health_trust("Northern Health and Social Care Trust")
    assert not health_trust("Fenmoor Conservation Trust")
    assert under_authority("Board", "Eastmoor Healthcare NHS Foundation Trust") == (
        "Eastmoor Healthcare NHS Foundation Trust Board"
    )
    assert under_authority("the Full Board", "Fenmoor Conservation Trust") == (
        "Fenmoor Conservation Trust"
    )
