"""A joint body's "Members representing X Council:" groups (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership, name_list
from minutebook.parsing.membership_appointed_by import appointed_by_label, appointed_by_row


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_the_council_after_members_representing_without_its_colon() -> None:
    assert appointed_by_row(
        "Members representing Westby Borough Council: Cllr Ann Bell (Chair), Cllr Carl Dunn",
        name_list,
    ) == [("Cllr Ann Bell", "Westby Borough Council"), ("Cllr Carl Dunn", "Westby Borough Council")]
    assert appointed_by_row(
        "Members appointed by Westby Borough Council: Cllr Ann Bell", name_list
    ) == [("Cllr Ann Bell", "Westby Borough Council")]
    assert appointed_by_label("Members representing Westby Borough Council") == (
        "Westby Borough Council"
    )


def test_representing_inside_a_sentence_opens_no_group() -> None:
    assert appointed_by_label("The officer representing Westby Borough Council") is None


def test_groups_of_members_representing_their_councils() -> None:
    assert _members(
        "Membership\n\nMembers representing Westby Borough Council: Councillor Ann Bell\n\n"
        "Members representing Eastby District Council: Councillor Carl Dunn (Vice-Chair)\n\n"
        "AGENDA\n1. Apologies"
    ) == [
        ("Councillor Ann Bell", "Westby Borough Council", 3),
        ("Councillor Carl Dunn", "Eastby District Council", 5),
    ]


def test_representing_alone_heads_each_councils_group_under_members() -> None:
    assert _members(
        "Members:         Representing Westby Borough Council\n\n"
        "Councillors Mrs Bell, Dunn and Eyre (Chairman).\n\n"
        "                 Representing Eastby District Council\n\n"
        "Councillors Ford, A. Gale and Hart.\n\nAGENDA\n1. Apologies"
    ) == [
        ("Mrs Bell", "Westby Borough Council", 3),
        ("Dunn", "Westby Borough Council", 3),
        ("Eyre", "Westby Borough Council", 3),
        ("Ford", "Eastby District Council", 7),
        ("A. Gale", "Eastby District Council", 7),
        ("Hart", "Eastby District Council", 7),
    ]
