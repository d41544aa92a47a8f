"""Paragraphs of a minute keep their printed numbers and lines, in every numbering of the
genre (tests/fixtures/minutes/paragraph-forms.txt)."""

from __future__ import annotations

import pytest

from minute_fixtures import read_minutes
from minutebook.parsing.minute_paragraphs import bullet, lettered, numbered


def test_paragraphs_of_each_minute_with_number_and_line() -> None:
    part, _ = read_minutes("paragraph-forms.txt")
    assert [[(p.number, p.line) for p in m.paragraphs] for m in part.minutes] == [
        [("1", 7), ("2", 8)],
        [("1", 14), ("2", 15)],
        [("i", 19), ("ii", 20)],
        [(None, 24), (None, 25), (None, 26)],
    ]


def test_items_inside_a_numbered_paragraph() -> None:
    part, _ = read_minutes("paragraph-forms.txt")
    assert [(p.number, p.line) for p in part.minutes[0].subparagraphs] == [("2.a", 9), ("2.b", 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. The Chair", "1"),
        ("- 3. The Chair", "3"),
        ("(12) The Chair", "12"),
        ("4) The Chair", "4"),
        ("31.1 The Chair", "31.1"),
        ("31.2. The Chair", "31.2"),
        ("2024 was a good year", None),
        ("The Chair", None),
        ("(a) The Chair", None),
    ],
)
def test_numbered(text: str, expected: str | None) -> None:
    assert numbered(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a) text", "a"),
        ("(b) text", "b"),
        ("iv. text", "iv"),
        ("(ii) text", "ii"),
        ("i.e. the report", None),
        ("etc. and more", None),
    ],
)
def test_lettered(text: str, expected: str | None) -> None:
    assert lettered(text) == expected


def test_bullets() -> None:
    assert bullet("· text") and bullet("• text") and bullet("- text")
    assert not bullet("- 1. text")
    assert not bullet("-text")
