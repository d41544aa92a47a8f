"""A web record listing the papers before the members ("C. The Minutes of the Council held
on D (previously circulated)") cites an earlier meeting: that sentence is no opening."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.headers import MINUTES_VERBS
from minutebook.parsing.sentence_openings import sentence_opening


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def test_minutes_previously_circulated_are_no_opening() -> None:
    text = (
        "Agenda and minutes\n\nVenue: Shire Hall, Eastby\n\nAvailable Papers\n\n"
        "The Members had before them:\n\nA. The Agenda papers (previously circulated).\n\n"
        "B. The Minutes of the Council held on 4 March 2021 (previously circulated).\n"
    )
    assert sentence_opening(_lines(text), MINUTES_VERBS) is None


def test_the_records_own_sentence_still_opens_it() -> None:
    text = "Minutes of the meeting of the Eastby Council held on 4 March 2021 at 7.00 pm.\n"
    opening = sentence_opening(_lines(text), MINUTES_VERBS)
    assert opening is not None and opening.body == "Eastby Council"
