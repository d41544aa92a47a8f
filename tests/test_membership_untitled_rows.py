"""An untitled member in a member | body table whose column break was lost."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_untitled_rows import untitled_body_row


def test_a_member_and_a_partnership_with_an_ampersand() -> None:
    assert untitled_body_row("Ruth Calder Westbury & Hale Local Enterprise Partnership") == [
        ("Ruth Calder", "Westbury & Hale Local Enterprise Partnership")
    ]


def test_a_middle_initial_and_a_trust() -> None:
    assert untitled_body_row("Omar J Penrose Fenmoor Community Health Trust") == [
        ("Omar J Penrose", "Fenmoor Community Health Trust")
    ]


def test_titled_names_and_other_lines_are_no_such_row() -> None:
    assert untitled_body_row("Councillor Ann Reid Westbury City Council") is None
    assert untitled_body_row("Item Title") is None
    assert untitled_body_row("Ruth Calder") is None
    assert untitled_body_row("Ruth Calder Council") is None
    assert untitled_body_row("Ruth Calder, Westbury Local Enterprise Partnership") is None


def test_read_inside_a_titled_member_council_table() -> None:
    lines = [
        Line(1, "Membership"),
        Line(2, "Councillor Ann Reid Westbury City Council"),
        Line(3, "Councillor Jo Marsh Hale & Dunmore Borough Council"),
        Line(4, "Non-Constituent Members"),
        Line(5, "Ruth Calder Westbury & Hale Local Enterprise Partnership"),
        Line(6, "Councillor Ben Frost Upton District Council"),
    ]
    assert [(m.as_written, m.represents) for m in membership(lines)] == [
        ("Councillor Ann Reid", "Westbury City Council"),
        ("Councillor Jo Marsh", "Hale & Dunmore Borough Council"),
        ("Ruth Calder", "Westbury & Hale Local Enterprise Partnership"),
        ("Councillor Ben Frost", "Upton District Council"),
    ]


def test_a_list_of_untitled_names_stays_a_list() -> None:
    lines = [
        Line(1, "Membership"),
        Line(2, "Ann Reid, Jo Marsh and Ruth Calder"),
    ]
    assert [m.as_written for m in membership(lines)] == ["Ann Reid", "Jo Marsh", "Ruth Calder"]
