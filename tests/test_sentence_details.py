"""A title with the body and date over the meeting sentence: the sentence's time, venue
and line fill the title's meeting (zoo: minutes-title-date-over-held-sentence-time-place)."""

from __future__ import annotations

import datetime as dt

from minutebook.parsing.openings import Opening
from minutebook.parsing.sentence_details import with_sentence_details

DAY = dt.date(2016, 3, 8)
TITLE = Opening("Ashcombe Borough Council Licensing Committee", DAY, None, None, 2)


def test_the_sentence_gives_the_time_venue_and_line() -> None:
    sentence = Opening("Licensing Committee", DAY, dt.time(14, 0), "Room 4", 4)
    found = with_sentence_details(TITLE, sentence)
    assert found is not None
    assert (found.body, found.time, found.venue, found.line) == (
        "Ashcombe Borough Council Licensing Committee",
        dt.time(14, 0),
        "Room 4",
        4,
    )


def test_a_timed_title_another_day_or_an_earlier_sentence_is_left_alone() -> None:
    sentence = Opening("Licensing Committee", DAY, dt.time(14, 0), "Room 4", 4)
    timed = Opening(TITLE.body, DAY, dt.time(10, 0), None, 2)
    assert with_sentence_details(timed, sentence) is None
    other_day = Opening("Licensing Committee", dt.date(2016, 1, 12), dt.time(14, 0), None, 4)
    assert with_sentence_details(TITLE, other_day) is None
    above = Opening("Licensing Committee", DAY, dt.time(14, 0), None, 1)
    assert with_sentence_details(TITLE, above) is None
    assert with_sentence_details(TITLE, None) is None


def test_a_timed_title_takes_the_venue_of_a_sentence_at_the_same_hour() -> None:
    timed = Opening("Full Council", DAY, dt.time(18, 30), None, 1)
    sentence = Opening("Full Council", DAY, dt.time(18, 30), "High Barn, Fenby", 16)
    found = with_sentence_details(timed, sentence)
    assert found is not None
    assert (found.time, found.venue, found.line) == (dt.time(18, 30), "High Barn, Fenby", 1)
