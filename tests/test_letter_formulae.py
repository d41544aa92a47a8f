"""A letter's greeting and addressees (minutebook.parsing.letter_formulae), read alike
where a letter's paper starts (splitting) and where its opening lines are set aside as
no body's name (openings)."""

from __future__ import annotations

import pytest

from minutebook.parsing.openings import ADDRESSEES, FORMULA
from minutebook.parsing.splitting import GREETING, LETTER_FORMULA

OPENINGS = [
    "Dear Councillor,",
    "Dear Sir/Madam",
    "Dear  Member",
    "To: all Members of the Planning Committee",
    "To the Members of Ashby Town Council.",
    "TO ALL COUNCILLORS",
]
NOT_OPENINGS = [
    "Dear Councillor Smith, thank you for your letter of 3 May and your questions about it",
    "To receive the minutes of the last meeting",
    "Town Hall, Ashby",
    "Members of the Committee",
]


@pytest.mark.parametrize("text", OPENINGS)
def test_a_letters_opening_is_read_alike(text: str) -> None:
    assert LETTER_FORMULA.match(text) is not None
    assert FORMULA.fullmatch(text) is not None


@pytest.mark.parametrize("text", NOT_OPENINGS)
def test_other_lines_are_no_letter_opening(text: str) -> None:
    assert LETTER_FORMULA.match(text) is None
    assert FORMULA.fullmatch(text) is None


def test_the_greeting_alone_and_the_addressed_body() -> None:
    assert GREETING.fullmatch("Dear Sir/Madam,") is not None
    assert GREETING.fullmatch("To: all Members") is None
    addressed = ADDRESSEES.match("To: all Members of the Planning Committee")
    assert addressed is not None and addressed["body"] == "Planning Committee"
