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


def test_an_office_before_the_council_and_a_city_of_council() -> None:
    assert name_council_row("Councillor Ola Trent (Vice-Chair) Westmarch Borough Council") == [
        ("Councillor Ola Trent", "Westmarch Borough Council")
    ]
    assert name_council_row("Councillor Ivo Park City of Eastholm Council") == [
        ("Councillor Ivo Park", "City of Eastholm Council")
    ]
    assert name_council_row("Cllr Ann Bell Fenby & Marsh District Council") == [
        ("Cllr Ann Bell", "Fenby & Marsh District Council")
    ]


def test_a_city_or_an_office_alone_is_no_council() -> None:
    assert name_council_row("Cllr Ann Bell City Council") is None
    assert name_council_row("Cllr Ann Bell (Treasurer) Westmarch Borough Council") is None
    assert name_council_row("Cllr Ann Bell City of Council") is None


def test_a_group_label_between_the_rows_heads_the_next_group() -> None:
    lines = [
        Line(1, "Membership"),
        Line(2, "Constituent Members Appointing Authority"),
        Line(3, "Councillor Ola Trent (Chair) Westmarch Borough Council"),
        Line(4, "Councillor Ivo Park City of Eastholm Council"),
        Line(5, "Associate Members"),
        Line(6, "Councillor Rhys Dale Upshire County Council"),
    ]
    assert [(m.as_written, m.represents) for m in membership(lines)] == [
        ("Councillor Ola Trent", "Westmarch Borough Council"),
        ("Councillor Ivo Park", "City of Eastholm Council"),
        ("Councillor Rhys Dale", "Upshire County Council"),
    ]
