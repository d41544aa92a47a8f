"""A membership row of a member and their council with the column break lost."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_name_council import name_council_row


def test_a_forename_and_a_council() -> None:
    assert name_council_row("Cllr Ann Bell Westmarch County Council") == [
        ("Cllr Ann Bell", "Westmarch County Council")
    ]


def test_initials_and_a_council_of_several_words() -> None:
    assert name_council_row("Councillor D. Hale Isle of Fenmoor Council") == [
        ("Councillor D. Hale", "Isle of Fenmoor Council")
    ]


def test_no_council_no_row() -> None:
    assert name_council_row("Cllr Ann Bell County Council") is None
    assert name_council_row("Cllr Ann Bell (Chair)") is None
    assert name_council_row("Ann Bell Westmarch County Council") is None
    assert name_council_row("Cllr Ann Bell Westmarch County Council (Chair) Eastwold") is None


def test_the_rows_under_a_membership_heading() -> None:
    lines = [
        Line(1, "Membership of Panel"),
        Line(2, "Cllr Ann Bell Westmarch County Council"),
        Line(3, "Cllr Raj Moss Eastwold County Borough Council"),
    ]
    assert [(m.as_written, m.represents) for m in membership(lines)] == [
        ("Cllr Ann Bell", "Westmarch County Council"),
        ("Cllr Raj Moss", "Eastwold County Borough Council"),
    ]
