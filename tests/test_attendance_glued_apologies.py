"""An apologies sentence glued to a minutes table's number cell ("9Apologies ...")."""

from __future__ import annotations

from minutebook.parsing.attendance import apologies_sentence


def test_the_glued_number_is_passed_over() -> None:
    found = apologies_sentence(
        "9Apologies for absence were received from Councillors A Reid and B Moss."
    )
    assert found is not None and found[0] == "Councillors A Reid and B Moss"


def test_a_word_ending_in_the_letters_is_no_label() -> None:
    assert apologies_sentence("The Xapologies were received from nobody.") is None
