"""Apologies sentences whose full stop was lost before the next sentence."""

from __future__ import annotations

import pytest

from minutebook.parsing.attendance import apologies_sentence
from minutebook.parsing.attendance_unstopped import before_next_sentence


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (" Cllr Purves With the absence of the Vice Chair it was agreed", " Cllr Purves"),
        (" Cllr A Reid and Cllr B Moss The meeting then elected", " Cllr A Reid and Cllr B Moss"),
        (" Cllr A Reid and The Mayor", " Cllr A Reid and The Mayor"),  # a capital follows
        (
            " The Reverend A Reid (In attendance later)",
            " The Reverend A Reid (In attendance later)",
        ),
    ],
)
def test_names_end_where_an_unstopped_sentence_begins(names: str, expected: str) -> None:
    assert before_next_sentence(names) == expected


def test_an_apologies_sentence_run_into_the_next() -> None:
    text = "Apologies for absence were received from Cllr Purves It was agreed to go on."
    found = apologies_sentence(text)
    assert found is not None
    assert found[0].strip() == "Cllr Purves"
