"""The chair and vice-chair labelled, a blank line, then the other members (invented)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_officers_first import members_after_officers, office_row


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_an_office_row_is_a_label_and_a_titled_holder() -> None:
    assert office_row("Chair: Councillor Ann Bell")
    assert office_row("Vice-Chairman - Cllr C Dunn")
    assert not office_row("Chair: to be elected")
    assert not office_row("Councillor Ann Bell")


def test_only_titled_rows_go_on_after_the_officers() -> None:
    assert members_after_officers(True, "Councillor E Frost")
    assert members_after_officers(True, "Councillors: E Frost and G Hale")
    assert not members_after_officers(True, "Quorum: 3")
    assert not members_after_officers(False, "Councillor E Frost")


def test_members_one_per_line_after_the_officers_and_a_blank_line() -> None:
    assert _members(
        "Membership:\nChair: Councillor Ann Bell\nVice-Chair: Councillor Carl Dunn\n\n"
        "Councillor Edith Frost\nCouncillor Gwen Hale\n\nAGENDA\n1. Apologies"
    ) == [
        ("Councillor Ann Bell", "", 2),
        ("Councillor Carl Dunn", "", 3),
        ("Councillor Edith Frost", "", 5),
        ("Councillor Gwen Hale", "", 6),
    ]


def test_a_plural_list_after_the_officers_and_a_blank_line() -> None:
    assert _members(
        "Chairman: Councillor Ann Bell\nVice-Chairman: Councillor Carl Dunn\n\n"
        "Councillors E Frost and G Hale\n\nAGENDA"
    ) == [
        ("Councillor Ann Bell", "", 1),
        ("Councillor Carl Dunn", "", 2),
        ("E Frost", "", 4),
        ("G Hale", "", 4),
    ]


def test_after_other_rows_a_blank_line_still_ends_the_list() -> None:
    assert _members(
        "Membership:\nCouncillor Ann Bell\tWestby Borough Council\n\nCouncillor Carl Dunn\n"
    ) == [("Councillor Ann Bell", "Westby Borough Council", 2)]
