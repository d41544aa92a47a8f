"""A council's heading with its count of seats over its members one per line (invented)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import bare_side_label, membership
from minutebook.parsing.membership_council_groups import without_seat_count


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_the_count_is_no_part_of_the_council() -> None:
    assert without_seat_count("Westby Borough Council (3)") == "Westby Borough Council"
    assert without_seat_count("Westby Borough Council") == "Westby Borough Council"
    assert bare_side_label("Independent Members (2)") == "Independent Members"


def test_members_under_councils_headed_with_their_seats() -> None:
    assert _members(
        "Membership\n\nWestby Borough Council (2)\nCouncillor Ann Bell (Chair)\n"
        "Councillor Carl Dunn\n\nEastby District Council (1)\nCouncillor Edith Frost\n\n"
        "Independent Members (1)\nMr Gareth Hale\n\nAGENDA\n1. Apologies"
    ) == [
        ("Councillor Ann Bell", "Westby Borough Council", 4),
        ("Councillor Carl Dunn", "Westby Borough Council", 5),
        ("Councillor Edith Frost", "Eastby District Council", 8),
        ("Mr Gareth Hale", "Independent Members", 11),
    ]


def test_council_columns_headed_with_their_seats() -> None:
    assert _members(
        "Membership\nWestby Borough Council (2)      Eastby District Council (1)\n"
        "Cllr Ann Bell (Chair)           Cllr Edith Frost\nCllr Carl Dunn\n\nAGENDA"
    ) == [
        ("Cllr Ann Bell", "Westby Borough Council", 3),
        ("Cllr Edith Frost", "Eastby District Council", 3),
        ("Cllr Carl Dunn", "Westby Borough Council", 4),
    ]
