"""A parish clerk's comma for a heading number's stop ("1, To elect a Chairman")."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings

RECORD = (
    "Minutes of the Planning Committee of Fenby Parish Council held at 7.00pm on 4 May 2026",
    "Present: Cllr A Reid, Cllr B Moss",
    "1, To elect a Chairman",
    "Cllr A Reid was elected as Chairman.",
    "2, Apologies",
    "None.",
    "3, To consider planning applications",
    "No objection was raised to application 26/0101.",
)


def _headings(texts: tuple[str, ...]) -> list[tuple[str | None, str]]:
    return [
        (h.number, h.title) for h in minute_headings([Line(n, t) for n, t in enumerate(texts, 1)])
    ]


def test_a_number_and_comma_heads_a_minute() -> None:
    assert _headings(RECORD) == [
        ("1", "To elect a Chairman"),
        ("2", "Apologies"),
        ("3", "To consider planning applications"),
    ]


def test_numbers_listed_with_commas_head_nothing() -> None:
    texts = (*RECORD[:2], "1, 2 and 3 were noted.", "Items 4, 5 and 6 were deferred.")
    assert _headings(texts) == []
