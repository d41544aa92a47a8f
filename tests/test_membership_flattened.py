"""Membership lists flattened into the middle of an agenda's long line (issue 14)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import flattened_membership


def test_a_membership_list_flattened_into_the_middle_of_a_long_line() -> None:
    """An agenda's table flattened onto one line: the "Membership –" heading inside it,
    two groups run together, an "Independent Members -" group, up to a lettered note."""
    line = Line(
        3,
        "7 ROAD SAFETY PARTNERSHIP UPDATE The Panel to note the partnership's progress on "
        "casualty reduction and the speed camera review across the county this year. "
        "8 ESTATES STRATEGY Membership – Cllr Ada Frome (Chairman), Cllr Ben Tull, "
        "Cllr Jo Pym (Vice- Chairman) and Cllr Ian Cole Cllr Eve Hart-Lowe and Cllr Tom Ward "
        "Independent Members - Karl Moss (Independent Member) and Lee Wong (Independent member) "
        "(a) DECLARATIONS OF INTEREST – Please declare any interests you may have.",
    )
    assert [(m.as_written, m.represents) for m in flattened_membership(line) or []] == [
        ("Cllr Ada Frome", ""),
        ("Cllr Ben Tull", ""),
        ("Cllr Jo Pym", ""),  # "(Vice- Chairman)" is an office, broken at its hyphen
        ("Cllr Ian Cole", ""),
        ("Cllr Eve Hart-Lowe", ""),
        ("Cllr Tom Ward", ""),
        ("Karl Moss", "Independent Member"),
        ("Lee Wong", "Independent member"),
    ]
    # a short line, or a heading at the start of its line, is the other readers'
    assert flattened_membership(Line(1, "Membership – Cllr Ada Frome, Cllr Ben Tull")) is None
    assert flattened_membership(Line(1, "x " * 200 + "the membership - Cllr A Reid")) is None


def test_a_long_line_opening_with_the_heading() -> None:
    line = Line(
        6,
        "Membership: Cllr Ada Frome, Eastholm Borough Council Cllr Ben Tull, Upshire Council "
        "Cllr Jo Pym, Eastholm Borough Council Cllr Ian Cole, Upshire Council Cllr Eve Hart, "
        "Upshire Council Cllr Tom Ward, Eastholm Borough Council Cllr Kim Lowe, Upshire "
        "Council Cllr Ned Dale, Upshire Council Cllr Una Vale, Upshire Council Cllr Rob Lane, "
        "Eastholm Borough Council Cllr Sue Birch, Upshire Council",
    )
    found = flattened_membership(line) or []
    assert [(m.as_written, m.represents) for m in found][:2] == [
        ("Cllr Ada Frome", "Eastholm Borough Council"),
        ("Cllr Ben Tull", "Upshire Council"),
    ]
    assert len(found) == 11
