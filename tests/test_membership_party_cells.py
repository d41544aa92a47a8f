"""A member | party | council table row: the party is no part of what is represented
(invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_party_cells import is_party, without_party_cell


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_a_party_cell_is_a_group_or_its_tag() -> None:
    assert is_party("Liberal Democrat")
    assert is_party("Con")
    assert is_party("Independent")
    assert not is_party("Westby Borough Council")


def test_the_party_cell_is_dropped_in_either_column() -> None:
    assert without_party_cell("Cllr A Bell\tLabour\tWestby Borough Council") == (
        "Cllr A Bell\tWestby Borough Council"
    )
    assert without_party_cell("Cllr A Bell\tWestby Borough Council\tLab") == (
        "Cllr A Bell\tWestby Borough Council"
    )


def test_a_row_with_no_party_or_no_council_is_left_alone() -> None:
    assert without_party_cell("Cllr A Bell\tWestby Borough Council") is None
    assert without_party_cell("Cllr A Bell\tLabour\tCllr C Dunn") is None
    assert without_party_cell("Cllr A Bell\tChair\tWestby Borough Council") is None


def test_a_tabbed_table_with_a_party_column_gives_the_council() -> None:
    assert _members(
        "Membership\nCouncillor Ann Bell (Chair)\tConservative\tWestby Borough Council\n"
        "Councillor Carl Dunn\tGreen\tEastby District Council\n\nAGENDA"
    ) == [
        ("Councillor Ann Bell", "Westby Borough Council", 2),
        ("Councillor Carl Dunn", "Eastby District Council", 3),
    ]
