"""Several titled members declaring together in a sentence after the line's first
(invented examples)."""

from __future__ import annotations

from minute_fixtures import declarations_in_minute
from minutebook.model import Line
from minutebook.parsing.declaration_mid_lists import titled_lists_mid_line


def _names(text: str) -> list[str]:
    return [d.as_written for d in titled_lists_mid_line(Line(4, text), "9")]


def _read(title: str, texts: list[str]) -> list[tuple[str, str]]:
    return [
        (d.as_written, d.minute_number) for d in declarations_in_minute(title, texts, number="9")
    ]


def test_a_list_after_a_reminder_is_each_member() -> None:
    assert _names(
        "Members were reminded of the Code of Conduct. Cllr Ann Reed, Cllr Ben Shaw and Cllr"
        " Cara Tull declared an interest in minute 14 (Village Hall)."
    ) == ["Cllr Ann Reed", "Cllr Ben Shaw", "Cllr Cara Tull"]


def test_two_members_after_a_declaration_of_one() -> None:
    assert _names(
        "Cllr Dunn declared an interest in item 12 as a trustee.  Cllr Frew and Cllr Gale also"
        " declared an interest in item 12 as members of the Hall committee."
    ) == ["Cllr Frew", "Cllr Gale"]


def test_a_list_opening_the_line_is_left_to_the_line_rules() -> None:
    assert _names("Cllr Frew and Cllr Gale declared an interest in item 12.") == []


def test_a_list_that_did_anything_else_declares_nothing() -> None:
    assert _names("The Clerk read the letter. Cllr Frew and Cllr Gale visited the site.") == []
    assert _names("The item was noted. Cllr Frew and Cllr Gale reported that none declared.") == []


def test_one_member_after_a_stop_is_no_list() -> None:
    assert _names("The Chair opened the item. Cllr Frew declared an interest in item 3.") == []


def test_a_declarations_minute_reads_the_one_and_the_list() -> None:
    found = _read(
        "Declarations of Interest",
        [
            "Cllr Dunn declared an interest in item 12 as a trustee. Cllr Frew and Cllr Gale"
            " also declared an interest in item 12 as members of the Hall committee."
        ],
    )
    assert found == [("Cllr Dunn", "9"), ("Cllr Frew", "9"), ("Cllr Gale", "9")]


def test_an_item_minute_reads_the_list_once() -> None:
    found = _read(
        "Village Hall",
        [
            "The report was received. Cllr Frew and Cllr Gale declared an interest as"
            " trustees and left the room."
        ],
    )
    assert found == [("Cllr Frew", "9"), ("Cllr Gale", "9")]


def test_an_item_minute_list_without_an_interest_is_none() -> None:
    found = _read(
        "Village Hall",
        ["The report was received. Cllr Frew and Cllr Gale declared the meeting closed."],
    )
    assert found == []
