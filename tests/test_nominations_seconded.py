"""'Cllr A was nominated by Cllr B, seconded by Cllr C': a nomination as the choice."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.nominations_seconded import nomination, nomination_unopposed
from minutebook.parsing.resolutions import resolution


@pytest.mark.parametrize(
    "text",
    [
        "Councillor R Amos was nominated by Councillor T Kell, seconded by Councillor P Orme"
        " for the office of Chairman.",
        "Councillor Nora Vale was proposed by Cllr. Ivo Lund, seconded by Cllr. Dan Hale.",
        "Councillor T Kell nominated Councillor R Amos for the office of Vice Chairman,"
        " seconded by Councillor P Orme.",
        "Cllr Tay was proposed in her absence by Cllr Rowe, seconded by Cllr Pell.",
        "2. Mrs Dunne was nominated by Mr Orme and seconded by Dr Kell.",
    ],
)
def test_a_nomination_with_its_seconder(text: str) -> None:
    assert nomination(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Amos was nominated by Cllr Kell.",  # no seconder
        "She was proposed by Cllr Rowe, seconded by Cllr Pell.",
        "The Chair said Cllr Amos was nominated by Cllr Kell, seconded by Cllr Orme.",
        "It was noted that the seconded officer had left.",
    ],
)
def test_other_sentences_are_no_nomination(text: str) -> None:
    assert not nomination(text)


def test_the_only_nomination_is_the_minute_s_decision() -> None:
    body = lines_of(
        "Councillor R Amos was nominated by Councillor T Kell, seconded by Councillor P Orme"
        " for the office of Chairman. Councillor Amos accepted the office.\n"
        "Vote: Unanimous\n"
    )
    found = resolution(body)
    assert found is not None
    assert found.text.startswith("Councillor R Amos was nominated by Councillor T Kell")
    assert found.line == 1


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Amos was nominated by Cllr Kell, seconded by Cllr Orme.\n"
        "Cllr Rowe was nominated by Cllr Tay, seconded by Cllr Pell.\n",
        "Cllr Amos was nominated by Cllr Kell, seconded by Cllr Orme.\n"
        "Cllr Rowe was also nominated.\n",
        "Cllr Amos was nominated by Cllr Kell, seconded by Cllr Orme.\n"
        "The nomination was put to the vote and lost.\n",
    ],
)
def test_a_contested_nomination_is_no_decision(text: str) -> None:
    body = lines_of(text)
    assert not nomination_unopposed(body, 0, lambda _: False)


@pytest.mark.parametrize(
    "decision",
    [
        "RESOLVED that Cllr Amos be elected Chairman for the year.",
        "The Panel agreed that Councillor Amos be elected Chair of the Panel.",
    ],
)
def test_the_decision_printed_under_the_nomination_is_the_one(decision: str) -> None:
    body = lines_of(
        "Cllr Amos was nominated by Cllr Kell and seconded by Cllr Orme.\n\n" + decision + "\n"
    )
    found = resolution(body)
    assert found is not None
    assert found.line == 3
