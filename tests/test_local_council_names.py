"""Tests for a local council headed by its kind alone and named in full by its text."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.local_council_names import local_council_in_text


def _lines(*texts: str) -> list[Line]:
    return [Line(number=i + 1, text=t) for i, t in enumerate(texts)]


def test_parish_council_named_by_its_text() -> None:
    lines = _lines(
        "A Eastby Parish Council Chair: Jo Brook",
        "Minutes of the Parish Council’s Monthly Meeting held on 4 May 2022",
        "12/22 Minutes of the Meeting of Eastby Parish Council held on 6 April 2022",
    )
    assert local_council_in_text("Parish Council’s", lines) == "Eastby Parish Council"


def test_town_council_with_two_word_place() -> None:
    lines = _lines(
        "Clerk to Upper Fenby Town Council",
        "Correspondence from Upper Fenby Town Council members was noted.",
    )
    assert local_council_in_text("the Town Council", lines) == "Upper Fenby Town Council"


def test_named_once_is_unread() -> None:
    lines = _lines("A letter from Westby Parish Council was noted.")
    assert local_council_in_text("Parish Council", lines) is None


def test_only_titles_before_the_kind_are_unread() -> None:
    lines = _lines(
        "Minutes of the Ordinary Parish Council Meeting",
        "Resolved that the Previous Parish Council minutes be signed.",
        "Ordinary parish council business followed.",
    )
    assert local_council_in_text("Parish Council", lines) is None


def test_two_councils_named_as_often_are_unread() -> None:
    lines = _lines(
        "Eastby Parish Council and Westby Parish Council met together.",
        "Eastby Parish Council thanked Westby Parish Council.",
    )
    assert local_council_in_text("Parish Council", lines) is None


def test_named_body_is_left_alone() -> None:
    lines = _lines("Eastby Parish Council", "Eastby Parish Council")
    assert local_council_in_text("Eastby Parish Council", lines) is None
    assert local_council_in_text("Council", lines) is None
