"""A front sheet's membership flattened onto one line with nothing between its titled
names, and a whole council summoned after the one member named."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_flat_titled import flat_titled_members


def _members(text: str) -> list[tuple[str, str]]:
    return [(m.as_written, m.represents) for m in flat_titled_members(Line(1, text)) or []]


def test_titled_names_run_together_after_the_heading() -> None:
    assert _members(
        "NORTHMOOR FIRE AUTHORITY Meeting of the Authority Wednesday, 4 March 2015 10:00 "
        "Quorum: one third of the members Membership Councillor Ann Reid Chairman Councillor"
        " Ben Moss Councillor Lady Cara Lowe Vice-Chairman Councillor Dan O'Pym Councillor Eve"
        " Hale (Wyke Borough Council) Councillor Finn Ward For information about the meeting"
        " please ask for the clerk."
    ) == [
        ("Councillor Ann Reid", ""),
        ("Councillor Ben Moss", ""),
        ("Councillor Lady Cara Lowe", ""),
        ("Councillor Dan O'Pym", ""),
        ("Councillor Eve Hale", "Wyke Borough Council"),
        ("Councillor Finn Ward", ""),
    ]


def test_the_list_ends_at_the_first_piece_that_is_no_name() -> None:
    assert _members(
        "Membership Cllr A Reid Chair Cllr B Moss Cllr C Lowe Cllr D Pym has sent his"
        " apologies and Cllr E Hale will substitute"
    ) == [("Cllr A Reid", ""), ("Cllr B Moss", ""), ("Cllr C Lowe", ""), ("Cllr D Pym", "")]


def test_too_few_names_or_no_heading_is_no_list() -> None:
    assert flat_titled_members(Line(1, "Membership Cllr A Reid Cllr B Moss. The rest")) is None
    assert flat_titled_members(Line(1, "Cllr A Reid Cllr B Moss Cllr C Lowe Cllr D Pym")) is None


def test_a_named_member_and_all_councillors() -> None:
    lines = [Line(1, "Members"), Line(2, ""), Line(3, "Provost A Reid and all Councillors")]
    assert [(m.as_written, m.represents) for m in membership(lines)] == [("Provost A Reid", "")]
    lines = [Line(1, "Membership:"), Line(2, "The Mayor and all other Members of the Council")]
    assert [(m.as_written, m.represents) for m in membership(lines)] == [("The Mayor", "")]
