"""A title in capitals after its minute code ("F13 BUDGET 2024/25"), the only heading a
conversion left whole: the code is the minute's number."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import capitals_unnumbered, minute_headings

RECORD = (
    "MINUTES OF A MEETING OF THE FINANCE COMMITTEE HELD on Monday 8th January 2024 at 7.30 pm",
    "PRESENT: Cllrs A Reid (in the Chair), B Moss, C Dunn",
    "There were no declarations of interest.",
    "The balance of the current account was reported.",
    "F13 BUDGET 2024/25",
    "The Clerk presented the draft budget to members.",
    "F14 GRANTS",
    "Two grants were awarded.",
)


def _lines(texts: tuple[str, ...]) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, 1)]


def test_the_code_before_a_capitals_title_is_its_number() -> None:
    found = capitals_unnumbered(_lines(RECORD), 4, RECORD[4])
    assert found is not None
    assert (found.number, found.title) == ("F13", "BUDGET 2024/25")


def test_a_capitals_title_without_a_code_keeps_no_number() -> None:
    texts = (*RECORD[:4], "BUDGET 2024/25", *RECORD[5:])
    found = capitals_unnumbered(_lines(texts), 4, texts[4])
    assert found is not None
    assert (found.number, found.title) == (None, "BUDGET 2024/25")


def test_the_coded_capitals_headings_of_a_record() -> None:
    found = [(h.number, h.title) for h in minute_headings(_lines(RECORD))]
    assert ("F13", "BUDGET 2024/25") in found
    assert ("F14", "GRANTS") in found
