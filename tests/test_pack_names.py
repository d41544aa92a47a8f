"""Enclosed minutes naming the committee alone take the fuller name another paper of the
pack gives it (zoo: agenda-pack-enclosed-minutes-committee-named-alone)."""

from __future__ import annotations

from minutebook.parsing.pack_names import fuller_name

NAMES = ["Westlea Borough Council Licensing Panel", "LICENSING PANEL"]


def test_the_committee_alone_takes_the_authority_and_committee() -> None:
    assert fuller_name("LICENSING PANEL", NAMES) == "Westlea Borough Council Licensing Panel"
    assert fuller_name("Westlea Borough Council Licensing Panel", NAMES) is None


def test_a_name_that_is_no_authority_before_the_committee_is_left() -> None:
    assert fuller_name("Panel", ["Westlea Borough Council Licensing Panel"]) is None
    assert fuller_name("Licensing Panel", ["Taxi and Licensing Panel"]) is None
    two = ["Westlea Borough Council Licensing Panel", "Dunmarsh District Council Licensing Panel"]
    assert fuller_name("Licensing Panel", two) is None
