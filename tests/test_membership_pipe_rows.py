"""A membership table kept as pipe rows with outer pipes and a rule row (invented)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_pipe_rows import is_rule_row, pipe_cells


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_a_rule_row_is_dashes_between_pipes() -> None:
    assert is_rule_row("|---|---|")
    assert is_rule_row("| :--- | ---: |")
    assert is_rule_row("---|---|")
    assert not is_rule_row("| Cllr A Reid | Ashby Borough Council |")
    assert not is_rule_row("- Cllr A Reid")


def test_a_pipe_row_is_its_cells_parted_by_tabs() -> None:
    assert pipe_cells("| Cllr A Reid (Chair) | Ashby Borough Council |") == (
        "Cllr A Reid (Chair)\tAshby Borough Council"
    )
    assert pipe_cells("Cllr A Reid | Labour | Ashby Borough Council |") == (
        "Cllr A Reid\tLabour\tAshby Borough Council"
    )  # a pipe closing each cell, none opening the row
    assert pipe_cells("Cllr A Reid | Ashby Borough Council") is None  # no closing pipe
    assert pipe_cells("| Cllr A Reid |") is None  # one cell
    assert pipe_cells("| Cllr A Reid |  | Ashby |") is None  # an empty cell


def test_a_pipe_table_under_its_heading_and_rule_rows_gives_each_member_and_council() -> None:
    assert _members(
        "Membership\n\n| Member | Authority |\n|---|---|\n"
        "| Councillor Ann Bell (Chair) | Westby Borough Council |\n"
        "| Mr Carl Dunn | Independent Member |\n\nAGENDA\n1. Apologies"
    ) == [
        ("Councillor Ann Bell", "Westby Borough Council", 5),
        ("Mr Carl Dunn", "Independent Member", 6),
    ]


def test_a_table_with_a_pipe_closing_each_cell_and_a_party_column() -> None:
    assert _members(
        "Membership\nMember | Party | Council |\n---|---|---|\n"
        "Councillor Ann Bell | Labour | Westby Borough Council |\n"
        "Councillor Carl Dunn (Vice-Chair) | Reform UK | Eastby District Council |\n\nAGENDA"
    ) == [
        ("Councillor Ann Bell", "Westby Borough Council", 4),
        ("Councillor Carl Dunn", "Eastby District Council", 5),
    ]


def test_pipe_rows_outside_a_membership_list_give_no_members() -> None:
    assert _members("| Item | Page |\n|---|---|\n| Minutes | 3 |\n\nAGENDA") == []
