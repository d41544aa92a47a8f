"""Plural-titled lists of declarers after a phrase naming the business (invented
examples)."""

from __future__ import annotations

from minute_fixtures import declarations_in_minute
from minutebook.model import Line
from minutebook.parsing.declarations import plural_declarers, plural_declarers_after_lead


def _lead(text: str) -> list[str]:
    return [d.as_written for d in plural_declarers_after_lead(Line(2, text), "5")]


def _read(title: str, texts: list[str]) -> list[tuple[str, int]]:
    return [(d.as_written, d.line) for d in declarations_in_minute(title, texts, number="5")]


def test_a_phrase_naming_the_business_then_the_list() -> None:
    assert _lead(
        "In respect of Item 7 Councillors Amos, Bligh and Carr declared that they had sat on"
        " the earlier sub-committee."
    ) == ["Amos", "Bligh", "Carr"]
    assert _lead(
        "With regard to item 8, Councillors Amos and de Souza declared a personal interest."
    ) == ["Amos", "de Souza"]
    assert _lead(
        "During consideration of application 19/0031/FUL Cllrs A Amos and B Bligh declared"
        " an interest."
    ) == ["A Amos", "B Bligh"]
    assert _lead("In respect of item 5.1 Councillors Amos and Bligh declared an interest.") == [
        "Amos",
        "Bligh",
    ]


def test_a_list_opening_the_line_or_another_sentence_is_no_lead() -> None:
    assert _lead("Councillors Amos and Bligh declared a personal interest in item 6.") == []
    assert _lead("The Panel noted the report. Councillors Amos and Bligh declared ...") == []


def test_a_lead_whose_list_did_not_declare() -> None:
    assert _lead("In the absence of Councillors Amos and Bligh the item was deferred.") == []


def test_a_later_minute_reads_the_list_where_it_is_declared() -> None:
    found = _read(
        "Land at Mill Lane",
        [
            "The officer introduced the report.",
            "In respect of this application Councillors Amos and Bligh declared a personal"
            " interest as members of the Residents Association.",
        ],
    )
    assert found == [("Amos", 2), ("Bligh", 2)]


def test_a_later_minute_needs_an_interest_after_a_lead() -> None:
    found = _read(
        "Land at Mill Lane",
        ["In respect of the site visit Councillors Amos and Bligh declared it useful."],
    )
    assert found == []


def test_a_declarations_minute_reads_the_lists() -> None:
    found = _read(
        "Declarations of Interest",
        [
            "5.1 In respect of Item 7 Councillors Amos and Bligh declared that they had sat on"
            " the earlier sub-committee.",
            "5.2 With regard to item 9, Cllrs Carr and Dunn declared a personal interest.",
        ],
    )
    assert found == [("Amos", 1), ("Bligh", 1), ("Carr", 2), ("Dunn", 2)]


def test_a_plural_list_joined_by_an_ampersand() -> None:
    line = Line(9, "During the course of the Meeting Cllrs White & Clarke declared an interest.")
    assert [d.as_written for d in plural_declarers_after_lead(line, "2")] == ["White", "Clarke"]
    line = Line(9, "Councillors Amos, Bligh & Carr declared interests in item 4.")
    assert [d.as_written for d in plural_declarers(line, "2")] == ["Amos", "Bligh", "Carr"]


def test_plural_declarers_whose_interest_wraps_onto_the_next_line() -> None:
    """In a minute of other business, "Councillors Ben Moss and Cara Lowe declared an" over
    "interest and withdrew ...": the noun on the next line still makes it a
    declaration of each."""
    found = declarations_in_minute(
        "ECONOMIC DEVELOPMENT",
        [
            "Business Grants",
            "Councillors Ben Moss and Cara Lowe declared an",
            "interest and withdrew while the item was discussed.",
        ],
    )
    assert [(d.as_written, d.line, d.minute_number) for d in found] == [
        ("Ben Moss", 2, "7"),
        ("Cara Lowe", 2, "7"),
    ]
