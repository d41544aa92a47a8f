"""A front sheet's member list with a fake-bold heading run onto its last row."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_overprinted import without_overprinted_tail


def test_a_doubled_letter_heading_is_cut_from_the_row() -> None:
    row = "Councillors: Ann Bell, Carl Dunn and Eve Frost AA GG EE NN DD AA"
    assert without_overprinted_tail(row) == "Councillors: Ann Bell, Carl Dunn and Eve Frost"
    assert without_overprinted_tail("Councillors Ann Bell and Eve Frost") == (
        "Councillors Ann Bell and Eve Frost"
    )
    assert without_overprinted_tail("Mr AB Reid and Ms CC Moss") == "Mr AB Reid and Ms CC Moss"


def test_the_last_member_before_a_fake_bold_heading_is_read() -> None:
    lines = [
        Line(1, "Chairman: Councillor Ann Bell"),
        Line(2, "Vice Chair: Councillor Carl Dunn"),
        Line(3, "Councillors: Eve Frost, Gil Hart and Ivo Jones AA GG EE NN DD AA"),
        Line(4, ""),
        Line(5, "PART I - PRELIMINARIES"),
    ]
    assert [m.as_written for m in membership(lines)] == [
        "Councillor Ann Bell",
        "Councillor Carl Dunn",
        "Eve Frost",
        "Gil Hart",
        "Ivo Jones",
    ]
