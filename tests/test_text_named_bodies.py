"""A body printed only by its kind in a heading ("Health and Wellbeing Board") is named
in full by the paper's text ("The Eastby Health and Wellbeing Board noted ...")."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.text_named_bodies import generic, named_in_text


def _lines(*texts: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(texts)]


def test_the_texts_name_with_its_place_names_a_generic_body() -> None:
    lines = _lines(
        "Health and Wellbeing Board - Thursday 4 June 2026 10.00 am",
        "The Eastby Health and Wellbeing Board noted the report.",
        "the Chair of the Eastby Health and Wellbeing Board thanked officers.",
    )
    assert named_in_text("Health and Wellbeing Board", lines) == (
        "Eastby Health and Wellbeing Board"
    )


def test_a_place_of_two_names_joined_by_and() -> None:
    lines = _lines("the report to the Eastby and Westby Police and Crime Panel")
    assert named_in_text("Police and Crime Panel", lines) == (
        "Eastby and Westby Police and Crime Panel"
    )


def test_a_body_with_a_word_of_its_own_or_of_one_word_is_left_alone() -> None:
    lines = _lines("the Kent County Council agreed", "the Eastby Harbour Board met")
    assert not generic("Council")
    assert named_in_text("Council", lines) is None
    assert named_in_text("Harbour Board", lines) is None


def test_no_place_before_the_name_gives_nothing() -> None:
    lines = _lines("the new Health and Wellbeing Board", "the Joint Health and Wellbeing Board")
    assert named_in_text("Health and Wellbeing Board", lines) is None


def test_a_meetings_kind_or_another_authority_is_no_place() -> None:
    lines = _lines(
        "the minutes of the Extraordinary Standards Committee held on 4 March",
        "Ann Reid also sits on the County Council Licensing Committee",
    )
    assert named_in_text("Standards Committee", lines) is None
    assert named_in_text("Licensing Committee", lines) is None
