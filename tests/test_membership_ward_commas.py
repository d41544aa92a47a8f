"""A member and the ward or division they sit for after a comma (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_ward_commas import name_and_place


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_a_place_after_the_comma_and_the_office_closing_the_line() -> None:
    assert name_and_place("Councillor Ann Bell, Eastgate (Chair)") == (
        "Councillor Ann Bell",
        "Eastgate",
    )
    assert name_and_place("Mr C Dunn, Hale and Westbrook") == ("Mr C Dunn", "Hale and Westbrook")
    assert name_and_place("Cllr E Frost, St Anne's") == ("Cllr E Frost", "St Anne's")


def test_a_name_a_post_or_a_party_after_the_comma_is_no_place() -> None:
    assert name_and_place("Councillor A Bell, C Dunn") is None  # initials: a person
    assert name_and_place("Councillor A Bell, Vice-Chairman") is None
    assert name_and_place("Councillor A Bell, Portfolio Holder for Housing") is None
    assert name_and_place("Councillor A Bell, Labour") is None
    assert name_and_place("Councillors Bell, Dunn") is None  # a plural title's list
    assert name_and_place("Councillor A Bell, Eastgate, Westby") is None


def test_members_with_their_wards_and_divisions() -> None:
    assert _members(
        "Membership:\nCouncillor Ann Bell, Eastgate (Chair)\nCouncillor Carl Dunn, St Anne's\n"
        "Mr Eric Frost, Westby Division\n\nAGENDA\n1. Apologies"
    ) == [
        ("Councillor Ann Bell", "Eastgate", 2),
        ("Councillor Carl Dunn", "St Anne's", 3),
        ("Mr Eric Frost", "Westby Division", 4),
    ]
