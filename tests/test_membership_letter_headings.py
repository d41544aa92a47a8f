"""Membership headings of letters and front sheets: the heading with its list run on and
no colon, the body's name after "MEMBERS:", an empty seat counted in the list."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.membership import membership, membership_heading


def _members(text: str) -> list[tuple[str, str, int]]:
    return [(m.as_written, m.represents, m.line) for m in membership(lines_of(text))]


def test_a_letters_addressees_heading_with_its_list_run_on() -> None:
    text = (
        "To: (1) MEMBERS OF THE WYKE FIRE AUTHORITY Councillors Abbott, Brown and Clark\n\n"
        "(2) Chief Fire Officer\n\nDear Member\n\nA meeting will be held ...\n"
    )
    assert _members(text) == [("Abbott", "", 1), ("Brown", "", 1), ("Clark", "", 1)]


def test_the_bodys_name_after_the_heading_and_an_empty_seat() -> None:
    heading = membership_heading("MEMBERS: CONSTITUTION COMMITTEE:")
    assert heading is not None and not heading["rest"]
    text = (
        "MEMBERS: CONSTITUTION COMMITTEE:\n\n"
        "Councillors Fleming, Harrison, Howson and 1 Vacancy (Lab)\n\n1. APOLOGIES\n"
    )
    assert _members(text) == [("Fleming", "", 3), ("Harrison", "", 3), ("Howson", "", 3)]


def test_a_heading_with_nobody_titled_after_it_is_no_run_on_list() -> None:
    assert membership_heading("MEMBERS OF THE WYKE FIRE AUTHORITY are asked to attend") is None
