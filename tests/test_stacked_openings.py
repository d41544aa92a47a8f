"""A record's opening as title, venue and dated line with the time span."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import lines_of
from minutebook.parsing.stacked_openings import stacked_opening


def test_title_venue_and_date_with_a_time_span() -> None:
    opening = stacked_opening(
        lines_of(
            "BRO HAFREN FIRE AND RESCUE AUTHORITY\n"
            "\n"
            "MINUTES OF THE FIRE AUTHORITY MEETING\n"
            "Council Chamber, Headquarters, Llanfechan\n"
            "22 SEPTEMBER 2022            14.00 – 15.45            76%\n"
        )
    )
    assert opening is not None
    assert opening.body == "FIRE AUTHORITY"
    assert opening.date == dt.date(2022, 9, 22)
    assert opening.time == dt.time(14, 0)
    assert opening.venue == "Council Chamber, Headquarters, Llanfechan"
    assert opening.line == 3


def test_a_title_without_a_venue_and_date_under_it_is_no_stack() -> None:
    assert stacked_opening(lines_of("MINUTES OF THE BOARD MEETING\n\nPRESENT: A Reid\n")) is None
    assert (
        stacked_opening(
            lines_of("MINUTES OF THE BOARD MEETING\n3 May 2022\nCouncil Chamber, Fenby\n")
        )
        is None
    )


def test_the_stack_run_into_one_line() -> None:
    opening = stacked_opening(
        lines_of(
            "CADAIR VALE FIRE AND RESCUE AUTHORITY\n"
            "MINUTES OF THE FIRE AUTHORITY MEETING Training Suite, Service Headquarters, "
            "Pontmawr 3 MARCH 2021 10.30 – 12.05 81%\n"
            "PRESENT: Cllrs A Rhys, B Morgan\n"
        )
    )
    assert opening is not None
    assert opening.body == "FIRE AUTHORITY"
    assert opening.date == dt.date(2021, 3, 3)
    assert opening.time == dt.time(10, 30)
    assert opening.venue == "Training Suite, Service Headquarters, Pontmawr"
    assert opening.line == 2


def test_a_run_on_title_without_a_venue_before_the_date_stays_unread() -> None:
    assert stacked_opening(lines_of("MINUTES OF THE BOARD MEETING 3 MARCH 2021\n")) is None
    assert (
        stacked_opening(lines_of("Minutes of the Board meeting Council Chamber 3 March 2021\n"))
        is None
    )
    assert (
        stacked_opening(lines_of("MINUTES OF THE BOARD MEETING held at Fenby Hall on 3 May\n"))
        is None
    )


def test_a_title_naming_its_body_after_of_is_no_run_on_stack() -> None:
    """ "MINUTES OF THE ORDINARY MEETING OF PARISH COUNCIL Tuesday 2 March 2021": the words
    after "MEETING" name the body, so they are no venue (a place never opens with "OF")."""
    text = "MINUTES OF THE ORDINARY MEETING OF PARISH COUNCIL Tuesday 2 March 2021 at 7.30pm\n"
    assert stacked_opening(lines_of(text)) is None
