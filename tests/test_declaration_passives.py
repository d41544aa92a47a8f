"""Declarations in the passive, several on one line (invented examples)."""

from __future__ import annotations

from minute_fixtures import declarations_in_minute
from minutebook.model import Line
from minutebook.parsing.declaration_passives import passive_declarations
from minutebook.parsing.declarations import is_declarations_title


def _names(text: str) -> list[str]:
    return [d.as_written for d in passive_declarations(Line(4, text), "9")]


def _read(title: str, texts: list[str]) -> list[str]:
    return [d.as_written for d in declarations_in_minute(title, texts, number="9")]


def test_passives_run_together_are_each_member() -> None:
    assert _names(
        "A personal interest was declared by Cllr. Pryce in Application 24/0101/FUL A"
        " pecuniary interest was declared by Cllr. Hewitt in item 12. Payments."
    ) == ["Cllr. Pryce", "Cllr. Hewitt"]


def test_declarations_made_by_are_read_too() -> None:
    assert _names(
        "A declaration of personal interest was made by Councillor Ann Moss in item 4;"
        " interests were declared by Councillor Tom Reyes in item 7."
    ) == ["Councillor Ann Moss", "Councillor Tom Reyes"]


def test_one_passive_is_left_to_the_line_rules() -> None:
    assert _names("An interest was declared by Cllr Pryce in item 3 (allotments).") == []


def test_passives_naming_no_member_are_unread() -> None:
    assert (
        _names(
            "The report was presented by the Clerk. A letter was sent by the Trust about its"
            " interest in the field."
        )
        == []
    )


def test_a_member_interests_minute_reads_each_passive() -> None:
    assert _read(
        "MEMBER INTERESTS",
        [
            "ALL To record any interests: Personal interest was declared by Cllr. Pryce in"
            " item 6 A pecuniary interest was declared by Cllr. Hewitt in item 14. Accounts."
        ],
    ) == ["Cllr. Pryce", "Cllr. Hewitt"]


def test_singular_member_interests_is_a_declarations_title() -> None:
    assert is_declarations_title("Member Interests")
    assert is_declarations_title("Councillor Interests")
    assert not is_declarations_title("Member Questions")


def test_a_run_on_declaration_after_a_lost_stop_is_read() -> None:
    assert _read(
        "Declarations of Interest",
        [
            "Cllr Ann Moss declared an interest in minute 19 The Village Hall Cllr Tom Reyes"
            " also declared an interest in minute 23 Planning"
        ],
    ) == ["Cllr Ann Moss", "Cllr Tom Reyes"]


def test_a_name_followed_by_declared_without_an_interest_stays_unread() -> None:
    assert (
        _read(
            "Declarations of Interest",
            ["None were made and the Chair Cllr Tom Reyes declared the item closed"],
        )
        == []
    )
