"""A summons' members glued end to end on one line, only their titles between them."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_glued_titles import addressed_glued, glued_members


def test_each_title_opens_a_member() -> None:
    assert glued_members("Councillor Ann Bell Cllr C Dunn Mrs Edith J Frost") == [
        "Councillor Ann Bell",
        "Cllr C Dunn",
        "Mrs Edith J Frost",
    ]


def test_prose_lists_and_single_names_are_left_alone() -> None:
    assert glued_members("Councillor Ann Bell") is None
    assert glued_members("Councillor Ann Bell, Councillor Carl Dunn") is None
    assert glued_members("Councillor Ann Bell asked Councillor Dunn about the bins") is None
    assert glued_members("The Chair welcomed Councillor Bell Councillor Dunn") is None


def test_the_names_under_a_bare_address_are_its_members() -> None:
    lines = [
        Line(1, "To: Members of the Eastvale Fire Authority:"),
        Line(2, ""),
        Line(3, "Councillor Ann Bell Councillor Carl Dunn"),
        Line(4, "Councillor Edith Frost Mr Gary Hale"),
        Line(5, ""),
        Line(6, "Agenda"),
    ]
    found = addressed_glued(lines, 0)
    assert found is not None
    assert [(f.as_written, f.line) for f in found] == [
        ("Councillor Ann Bell", 3),
        ("Councillor Carl Dunn", 3),
        ("Councillor Edith Frost", 4),
        ("Mr Gary Hale", 4),
    ]
    assert [f.as_written for f in membership(lines)][:2] == [
        "Councillor Ann Bell",
        "Councillor Carl Dunn",
    ]


def test_no_address_or_no_names_gives_none() -> None:
    assert addressed_glued([Line(1, "To: Members of the Panel"), Line(2, "Agenda")], 0) is None
    assert (
        addressed_glued([Line(1, "Members of the Panel"), Line(2, "Cllr A Bell Cllr C Dunn")], 0)
        is None
    )
