"""'There being no other nominations, Cllr B was declared elected': from the name on."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.elections_stated import election_stated
from minutebook.parsing.nominations_closed import after_nominations_closed
from minutebook.parsing.resolutions import resolution


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("There being no other nominations, Cllr Fenwick was declared elected", "Cllr Fenwick"),
        (
            "There were no other nominations and Mrs Olu Barr was elected unanimously as Chair"
            " of the Panel for 2025/26.",
            "Mrs Olu Barr",
        ),
        (
            "As there were no further nominations, Councillor T Arden was duly elected as"
            " Vice-Chair of the Authority.",
            "Councillor T Arden",
        ),
        (
            "With no other nomination, Mr Keel was elected Chairman for the ensuing year.",
            "Mr Keel",
        ),
        (
            "No other nominations were forthcoming and Tam Oduya was duly elected as the Chair.",
            "Tam Oduya",
        ),
    ],
)
def test_the_election_opens_at_the_name_after_the_closed_nominations(text: str, name: str) -> None:
    assert election_stated(text) == text.index(name)


def test_the_sentence_after_the_nomination_on_the_same_line() -> None:
    found = resolution(
        lines_of(
            "Minutes:\n\nCllr Amos nominated Mr Pell to serve as Chair for the year. Cllr Tay"
            " seconded the nomination. There were no other nominations and Mr Pell was elected"
            " unanimously as Chair to the Panel for 2025/26.\n"
        )
    )
    assert found is not None
    assert found.text.startswith("Mr Pell was elected unanimously as Chair")


def test_an_election_without_the_clause_still_opens_at_its_first_word() -> None:
    assert election_stated("Cllr Dunne was elected unanimously as Chairman.") == 0


@pytest.mark.parametrize(
    "text",
    [
        "There being no further nominations it was:",
        "There were no other nominations.",
        "There being no other nominations, the Chair thanked members.",
    ],
)
def test_a_clause_with_no_name_after_it_moves_nothing(text: str) -> None:
    assert after_nominations_closed(text, 0) == 0
    assert election_stated(text) is None


def test_a_resolution_after_the_closed_nominations_is_the_decision() -> None:
    found = resolution(
        lines_of("There being no further nominations it was:\n\nRESOLVED that Cllr Ray be Chair.\n")
    )
    assert found is not None
    assert found.text.startswith("RESOLVED that Cllr Ray be Chair")
