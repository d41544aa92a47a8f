"""A meeting's sentence cut short as a host's title above the whole sentence."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.headers import NOTICE_VERBS
from minutebook.parsing.openings import Clause, Opening
from minutebook.parsing.repeated_sentences import repeats_body
from minutebook.parsing.sentence_openings import sentence_opening


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def test_the_whole_sentence_under_a_cut_title_gives_the_meeting() -> None:
    opening = sentence_opening(
        _lines(
            "A MEETING of the BOROUGH of FENBY Will Be Held",
            "",
            "",
            "A MEETING OF THE BOROUGH OF FENBY Will be held at THE HALL, FENBY on "
            "THURSDAY, 4 MAY 2026 at 6.00pm",
            "AGENDA",
        ),
        NOTICE_VERBS,
    )
    assert isinstance(opening, Opening)
    assert opening.date == dt.date(2026, 5, 4)
    assert opening.line == 4


def test_a_later_sentence_of_another_body_is_not_taken() -> None:
    opening = sentence_opening(
        _lines(
            "A meeting of the Westmere Parish Council will be held at the Hall",
            "",
            "A meeting of the Westmere Youth Forum will be held on 4 May 2026 at 6pm",
        ),
        NOTICE_VERBS,
    )
    assert isinstance(opening, Clause)
    assert opening.date is None


def test_bodies_compared_apart_from_case_and_punctuation() -> None:
    assert repeats_body("BOROUGH of FENBY", "Borough of Fenby")
    assert repeats_body("Holmby & Westmere Joint Board", "HOLMBY & WESTMERE JOINT BOARD,")
    assert not repeats_body("Fenby Parish Council", "Fenby Town Council")
    assert not repeats_body("", "")
