"""A committee's minute code of its letters, the minute and the year pair after a hyphen
("SCR17-21/22"), alone over its title on a committee system's page."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings

PAGE = [
    "SCR17-21/22",
    "",
    "Apologies for Absence",
    "",
    "Minutes:",
    "",
    "Apologies were received from Councillor Ann Reid.",
    "",
    "SCR18-21/22",
    "",
    "Minutes of the Last Meeting",
    "",
    "Minutes:",
    "",
    "RESOLVED that the minutes be approved.",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_the_code_alone_heads_the_minute_under_it() -> None:
    headings = minute_headings(_lines(PAGE))
    assert [(h.number, h.title) for h in headings] == [
        ("SCR17-21/22", "Apologies for Absence"),
        ("SCR18-21/22", "Minutes of the Last Meeting"),
    ]


def test_a_single_letter_makes_no_such_code() -> None:
    texts = ["S17-21/22" if t.startswith("SCR") else t for t in PAGE]
    assert not any(h.number == "S17-21/22" for h in minute_headings(_lines(texts)))
