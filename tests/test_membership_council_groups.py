"""A joint body's members grouped under their council's count or a kind of member."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership, name_list
from minutebook.parsing.membership_council_groups import counted_council_row, member_kind_row


def test_a_council_its_count_and_its_councillors() -> None:
    assert counted_council_row(
        "Eastholm County Council (3) Councillors Bell, Dunn (Chairman) and Frost", name_list
    ) == [
        ("Bell", "Eastholm County Council"),
        ("Dunn", "Eastholm County Council"),
        ("Frost", "Eastholm County Council"),
    ]


def test_a_count_then_a_dash_and_titled_names() -> None:
    assert counted_council_row(
        "Westmarch Borough Council (2) - Cllr A Reid, Cllr B Moss", name_list
    ) == [
        ("Cllr A Reid", "Westmarch Borough Council"),
        ("Cllr B Moss", "Westmarch Borough Council"),
    ]


def test_no_council_or_no_count_no_row() -> None:
    assert counted_council_row("Labour (3) Councillors Bell, Dunn and Frost", name_list) is None
    assert (
        counted_council_row("Eastholm County Council Councillors Bell and Dunn", name_list) is None
    )
    assert counted_council_row("Councillor Bell (2) Councillors Dunn and Frost", name_list) is None
    assert counted_council_row("Eastholm County Council (3) to meet on Monday", name_list) is None


def test_a_kind_of_member_then_titled_names() -> None:
    assert member_kind_row("Independent Members - Ms C. Lane and Mr. D. Hale") == [
        ("Ms C. Lane", "Independent Members"),
        ("Mr. D. Hale", "Independent Members"),
    ]
    assert member_kind_row("Labour Members – Cllr A Reid and Cllr B Moss") == [
        ("Cllr A Reid", ""),
        ("Cllr B Moss", ""),
    ]


def test_untitled_names_or_a_council_no_kind_row() -> None:
    assert member_kind_row("Independent Members - Ann Lane and Dan Hale") is None
    assert member_kind_row("Co-opted Member - Westmarch Borough Council") is None
    assert member_kind_row("Members - to note the report of Mr A Reid") is None


def test_the_groups_of_a_fire_authority_front_sheet() -> None:
    lines = [
        Line(1, "EASTHOLM FIRE AUTHORITY"),
        Line(2, "MEMBERS"),
        Line(3, "Eastholm County Council (2) Councillors Bell and Dunn (Chairman)"),
        Line(4, "Westmarch Borough Council (1) Councillor Frost."),
        Line(5, ""),
        Line(6, "Independent Members - Mrs C. Lane and Mr D. Hale"),
        Line(7, ""),
        Line(8, "You are required to attend this meeting to be held at Eastholm."),
    ]
    assert [(m.as_written, m.represents, m.line) for m in membership(lines)] == [
        ("Bell", "Eastholm County Council", 3),
        ("Dunn", "Eastholm County Council", 3),
        ("Councillor Frost", "Westmarch Borough Council", 4),
        ("Mrs C. Lane", "Independent Members", 6),
        ("Mr D. Hale", "Independent Members", 6),
    ]


def test_a_group_named_by_the_committee_its_members_sit_on_represents_nothing() -> None:
    lines = [Line(7, "MEMBERS: CONSTITUTION COMMITTEE: Councillors Ash, Birch and Cole")]
    assert [(m.as_written, m.represents) for m in membership(lines)] == [
        ("Ash", ""),
        ("Birch", ""),
        ("Cole", ""),
    ]
    council = [Line(6, "Membership:"), Line(7, "Tarnby Borough Council: Councillors Ash and Birch")]
    assert {m.represents for m in membership(council)} == {"Tarnby Borough Council"}


def test_a_cabinet_members_portfolio_is_no_body_they_represent() -> None:
    lines = [
        Line(5, "Members of the Policy and Resources Committee:-"),
        Line(6, "Councillor Ann Reid (Chairman)"),
        Line(7, "Councillor Ben Moss (Resources and Shared Services)"),
        Line(8, "Councillor Cara Lowe (Community Safety and Partnerships)"),
        Line(9, "Councillor Dev Hart (Kelbridge Borough Council)"),
    ]
    assert [m.represents for m in membership(lines)] == ["", "", "", "Kelbridge Borough Council"]
