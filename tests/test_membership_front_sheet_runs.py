"""Front sheets' member lists: titled names run on, a fake-bold heading run onto a row."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_overprinted import without_overprinted_tail
from minutebook.parsing.membership_titled_run import titled_run

FLAT = (
    "WYKE FIRE AUTHORITY Meeting of the Authority Wednesday, 4 March 2026 10:00 Quorum:"
    " one third of the membership Membership Councillor Ann Bell Chairman Councillor"
    " Carl Dunn Councillor Lady Eve Frost Councillor Gil Hart Vice-Chairman Councillor"
    " Ivo Jones For information about the meeting please ask for: Kay Lamb (Committee"
    " Officer) 01234 567890" + " Page 1 of 40" * 20
)


def test_titled_names_run_on_after_the_heading_are_members() -> None:
    found = titled_run(Line(1, FLAT))
    assert found is not None
    assert [(f.as_written, f.represents) for f in found] == [
        ("Councillor Ann Bell", ""),
        ("Councillor Carl Dunn", ""),
        ("Councillor Lady Eve Frost", ""),
        ("Councillor Gil Hart", ""),
        ("Councillor Ivo Jones", ""),
    ]


def test_no_heading_or_too_few_titles_is_no_run() -> None:
    assert (
        titled_run(Line(1, "Councillor Ann Bell Councillor Carl Dunn Councillor Eve Frost")) is None
    )
    assert titled_run(Line(1, "Membership Councillor Ann Bell Chairman For information")) is None


def test_the_flattened_front_sheet_gives_the_membership() -> None:
    assert [m.as_written for m in membership([Line(1, FLAT)])][-1] == "Councillor Ivo Jones"


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


def test_a_bracketed_office_is_cut_and_a_council_row_is_no_name() -> None:
    line = Line(
        1, "Membership Councillor Ann Bell (Chair) Councillor Carl Dunn Councillor Eve Frost"
    )
    assert [m.as_written for m in titled_run(line) or []] == [
        "Councillor Ann Bell",
        "Councillor Carl Dunn",
        "Councillor Eve Frost",
    ]
    rows = (
        "Membership Councillor Ann Bell Ashby Borough Council Councillor Carl Dunn"
        " Councillor Eve Frost"
    )
    assert titled_run(Line(1, rows)) is None
