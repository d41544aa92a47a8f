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


def test_a_summons_addressed_to_members_of_cabinet_with_portfolios_below() -> None:
    text = (
        "A meeting of the CABINET will be held at the Guildhall on 3rd May, 2012.\n\n"
        "To: Members of Cabinet\n"
        "Councillor A. Reid (Resources and Civic Affairs (Leader))\n"
        "Councillor B.C. Dunn (Arts and Heritage)\n"
        "Councillor E. Fox (Wyke Borough Council)\n\n"
        "AGENDA\n"
    )
    assert _members(text) == [
        ("Councillor A. Reid", "", 4),
        ("Councillor B.C. Dunn", "", 5),
        ("Councillor E. Fox", "Wyke Borough Council", 6),
    ]


def test_addressee_headings_name_the_body_and_a_letter_to_all_is_none() -> None:
    assert membership_heading("To: Members of the Executive") is not None
    assert membership_heading("To Members of the Planning Committee") is not None
    assert membership_heading("To all Members of the Council") is None


def test_a_letter_to_the_members_of_a_committee_names_none_of_them() -> None:
    text = (
        "To: Members of the Audit Committee\n\nDear Councillor,\n\n"
        "You are requested to attend the meeting on 5 May 2014.\n\nYours sincerely\n\n"
        "Ann Reid\nHead of Democratic Services\n"
    )
    assert _members(text) == []


def test_an_address_going_on_after_its_bracketed_list_of_members() -> None:
    text = (
        "WYKE PARISH COUNCIL\n\n"
        "To:   All Members of the Planning Committee (Cllrs Ann Reid, Ben Moss and Cara Lowe)"
        " with copies to all other Councillors for information.\n\n"
        "A meeting of the PLANNING COMMITTEE will be held on Monday 5 October 2020.\n"
    )
    assert _members(text) == [("Ann Reid", "", 3), ("Ben Moss", "", 3), ("Cara Lowe", "", 3)]


def test_two_brackets_in_an_address_are_no_list_of_members() -> None:
    text = "To: Members of the Panel (Wyke) (Ashby)\n\nDear Member\n"
    assert _members(text) == []
