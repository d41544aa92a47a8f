"""A membership printed in a column beside the agenda or the meeting's details, and two
sides side by side under a generic councillors' heading (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import beside_column, membership


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_the_membership_in_the_right_column_beside_the_agenda() -> None:
    lines = _lines(
        "AGENDA                                  MEMBERSHIP",
        "1. Apologies for Absence                Councillor Ann Bell (Chairman)",
        "2. Declarations of Interest             Councillor Carl Dunn",
        "3. Minutes",
    )
    assert [(m.as_written, m.represents, m.line) for m in membership(lines)] == [
        ("Councillor Ann Bell", "", 2),
        ("Councillor Carl Dunn", "", 3),
    ]


def test_the_membership_in_the_left_column_beside_the_details() -> None:
    lines = _lines(
        "Membership:                     Date: 12 May 2024",
        "Councillor Ann Bell (Chair)     Time: 7.00 pm",
        "Councillor Carl Dunn",
        "",
        "1. Apologies",
    )
    assert [(m.as_written, m.line) for m in membership(lines)] == [
        ("Councillor Ann Bell", 2),
        ("Councillor Carl Dunn", 3),
    ]


def test_a_substitutes_column_is_no_detail_beside_the_members() -> None:
    """ "Membership<gap>Substitutes" is the two-column list, read elsewhere."""
    assert (
        beside_column(_lines("Membership        Substitutes:", "Cllr A Bell       Cllr C Dunn"), 0)
        is None
    )
    assert beside_column(_lines("Membership        Named Substitutes", "Cllr A Bell"), 0) is None


def test_a_generic_councillors_side_beside_the_independent_members() -> None:
    lines = _lines(
        "Membership",
        "Councillor Members                 Independent Members",
        "Cllr Ann Bell (Ashby CC)           Mr Tom Eyre",
        "Cllr Carl Dunn",
    )
    assert [(m.as_written, m.represents, m.line) for m in membership(lines)] == [
        ("Cllr Ann Bell", "Ashby CC", 3),
        ("Mr Tom Eyre", "Independent Members", 3),
        ("Cllr Carl Dunn", "", 4),
    ]


def test_names_in_two_columns_under_a_label_are_one_member_each() -> None:
    """A list printed in two columns and converted line by line: each cell is one name
    (the gap between them parts two members, never one name of four words)."""
    lines = _lines(
        "Membership:",
        "Cllrs:   Ann Bell (Chair)          Carl Dunn",
        "         Dev Patel                 Erin Frost",
        "         Gail Hume",
    )
    assert [(m.as_written, m.line) for m in membership(lines)] == [
        ("Ann Bell", 2),
        ("Carl Dunn", 2),
        ("Dev Patel", 3),
        ("Erin Frost", 3),
        ("Gail Hume", 4),
    ]


def test_a_letters_labelled_councillors_under_its_address_to_all_members() -> None:
    """A letter sent "To: All Members of the Panel", a blank line, then "Councillors:- A,
    B" wrapping with its last "and" onto the next line: the members it is sent to."""
    lines = _lines(
        "To: All Members of the Licensing Panel",
        "",
        "Councillors:- Ann Bell, Carl Dunn, Dev Patel",
        "and Erin Frost",
        "",
        "Dear Member",
    )
    assert [(m.as_written, m.line) for m in membership(lines)] == [
        ("Ann Bell", 3),
        ("Carl Dunn", 3),
        ("Dev Patel", 3),
        ("Erin Frost", 4),
    ]
    unnamed = _lines("To: All Members of the Licensing Panel", "", "Dear Member")
    assert membership(unnamed) == []
