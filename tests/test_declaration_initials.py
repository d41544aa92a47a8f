"""Declarers named by the initials a parish paper defined in brackets (invented
examples)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, MinuteFacts, Part
from minutebook.parsing.declaration_initials import (
    defined_initials,
    initials_after_heading,
    initials_declarers,
)
from minutebook.parsing.declarations import read_declarations

HEAD = [
    Line(1, "Minutes of the Meeting of Lowbridge Parish Council"),
    Line(3, "Present: Ann Bell (AB), Carl Dunn (CD, Chair), Edith Frost (EF)"),
]
DEFINED = frozenset({"AB", "CD", "EF"})


def _names(text: str) -> list[str]:
    return [d.as_written for d in initials_declarers(Line(9, text), "2", DEFINED)]


def _read(title: str, texts: list[str]) -> list[tuple[str, int]]:
    heading = Line(8, f"2) {title}")
    body = [Line(9 + k, text) for k, text in enumerate(texts)]
    part = Part(
        kind=DocumentKind.MINUTES, title="", lines=[*HEAD, heading, *body], layout="minutes"
    )
    minute = MinuteFacts(number="2", title=title, item_code=None, line=8, end_line=9 + len(texts))
    read_declarations(part, minute, body, "x.txt", Diagnostics())
    return [(d.as_written, d.line) for d in part.declarations]


def test_initials_defined_in_brackets_are_found() -> None:
    assert defined_initials(HEAD) == DEFINED


def test_initials_opening_a_declaration_are_the_member() -> None:
    assert _names("AB declared a personal interest in item 7") == ["AB"]
    assert _names("CD and EF each declared an other interest in item 4.") == ["CD", "EF"]


def test_initials_after_the_heading_are_declarers() -> None:
    found = initials_after_heading(
        Line(8, "2) Declarations of Interest – CD and EF in relation to the allotments"),
        "2",
        DEFINED,
    )
    assert [(d.as_written, d.line) for d in found] == [("CD", 8), ("EF", 8)]


def test_read_in_a_minute_not_titled_by_interests() -> None:
    title = "Declarations and Requests for Dispensations"
    assert _read(title, ["AB declared an other interest in item 7"]) == [("AB", 9)]


def test_read_from_the_declarations_heading() -> None:
    title = "Declarations of Interest – AB in relation to the hall lease"
    assert _read(title, []) == [("AB", 8)]


def test_undefined_capitals_are_no_member() -> None:
    assert _names("NHS declared an interest in the contract") == []
    assert _names("AB and GH declared a personal interest") == []
    assert initials_declarers(Line(9, "AB declared a personal interest"), "2", frozenset()) == []


def test_initials_without_an_interest_declared_are_no_declaration() -> None:
    assert _names("AB declared the meeting open at 7pm") == []
    assert _names("AB reported on the footpaths") == []
    heading = Line(8, "2) Declarations of Interest – None")
    assert initials_after_heading(heading, "2", DEFINED) == []


def test_each_sentence_of_a_paragraph_opening_with_initials_is_a_declarer() -> None:
    text = (
        "AB declared her interest as she is a trustee of the hall. CD declared a pecuniary"
        " interest in item 9 and left the meeting. EF declared his interest in item 4."
    )
    assert _names(text) == ["AB", "CD", "EF"]


def test_later_sentences_after_the_heading_are_declarers() -> None:
    heading = Line(
        8,
        "Declarations of Interest: CD declared his interest as a member of the boat club."
        " EF declared her interest in the pier lease.",
    )
    found = initials_after_heading(heading, "2", DEFINED)
    assert [(d.as_written, d.line) for d in found] == [("CD", 8), ("EF", 8)]


def test_a_later_sentence_without_a_declaration_or_defined_initials_is_none() -> None:
    text = (
        "AB declared a personal interest in item 7. CD reported on the footpaths."
        " NHS declared an interest in the contract. GH declared an interest in item 5."
    )
    assert _names(text) == ["AB"]
    assert _names("The clerk noted the item. CD seconded the proposal.") == []
