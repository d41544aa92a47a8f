"""A dated title over a record's sentence naming no body ("Draft minutes of meeting held
on D at T in V"): the sentence gives the title's meeting its time and place."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.bodiless_sentences import with_bodiless_sentence
from minutebook.parsing.openings import Opening

DAY = dt.date(2019, 4, 9)
TITLE = Opening("Parish Council", DAY, None, None, 2)


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def test_the_bodiless_sentence_gives_the_time_and_place() -> None:
    lines = _lines(
        "",
        "Parish Council Minutes 9 April 2019",
        "",
        "Draft minutes of meeting held on 9th April 2019 at 7.30 pm in the Church Room.",
        "Present: Cllrs A Brook, C Dale",
    )
    found = with_bodiless_sentence(TITLE, lines)
    assert found is not None
    assert (found.body, found.time, found.venue, found.line) == (
        "Parish Council",
        dt.time(19, 30),
        "Church Room",
        2,
    )


def test_another_day_a_named_body_or_a_timed_title_is_left_alone() -> None:
    other_day = _lines(
        "",
        "Parish Council Minutes 9 April 2019",
        "Minutes of the meeting held on 12th March 2019 at 7.30 pm in the Church Room.",
    )
    assert with_bodiless_sentence(TITLE, other_day) is None
    named = _lines(
        "",
        "Parish Council Minutes 9 April 2019",
        "Minutes of the meeting of Fenby Parish Council held on 9th April 2019 at 7.30 pm.",
    )
    assert with_bodiless_sentence(TITLE, named) is None
    timed = Opening("Parish Council", DAY, dt.time(19, 0), None, 2)
    lines = _lines(
        "",
        "Parish Council Minutes 9 April 2019",
        "Minutes of meeting held on 9th April 2019 at 7.30 pm in the Church Room.",
    )
    assert with_bodiless_sentence(timed, lines) is None


def test_a_sentence_too_far_below_or_saying_no_time_or_place_gives_nothing() -> None:
    far = _lines(
        "",
        "Parish Council Minutes 9 April 2019",
        "Present: Cllrs A Brook, C Dale",
        "Apologies: Cllr E Fox",
        "1. Declarations of interest: none",
        "2. Planning: none",
        "Minutes of meeting held on 9th April 2019 at 7.30 pm in the Church Room.",
    )
    assert with_bodiless_sentence(TITLE, far) is None
    bare = _lines(
        "", "Parish Council Minutes 9 April 2019", "Minutes of meeting held on 9th April 2019"
    )
    assert with_bodiless_sentence(TITLE, bare) is None
