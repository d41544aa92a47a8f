"""A Scottish clerk's summons letter: "To all members of the X:-" over the members' names
run on one line, then "I request your attendance at a meeting of the Y's X to be held
..." (invented example). The letter opens the agenda from its addressees, the committee
is named as its owner's without the possessive, and a kind of member's words inside the
run-on list ("and Co-opted Members A and B") say what the names after them are."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.model import DocumentKind
from minutebook.parsing.body_tails import without_owner_possessive
from minutebook.parsing.membership import name_list
from opening_facts import first_part_meeting, parsed

LETTER = (
    "Audit Committee 14/03/2024\n"
    "\n"
    "To all members of the Audit Committee:-\n"
    "\n"
    "Councillors Morag Baird (Chair), Iain Cowie, Fiona Drummond, Kenneth Galt, Shona"
    " Lindsay, Alasdair Munro, Peter Quigley and Co-opted Members Ruth Kerr and Neil Tennant\n"
    "\n"
    "Dear Member\n"
    "\n"
    "I request your attendance at a meeting of the Clydemuir Partnership for Transport's"
    " Audit Committee to be held at 10.30am on Thursday, 14 March 2024 in the Conference"
    " Room, 40 Bothwell Row, Glasgow for the purpose of considering the undernoted business.\n"
    "\n"
    "Yours sincerely\n"
    "\n"
    "BUSINESS\n"
    "\n"
    "1. Apologies\n"
    "\n"
    "2. Declarations of interest\n"
)


def test_the_request_opens_the_agenda_from_its_addressees() -> None:
    assert first_part_meeting(LETTER) == (
        DocumentKind.AGENDA,
        "Clydemuir Partnership for Transport Audit Committee",
        dt.date(2024, 3, 14),
        dt.time(10, 30),
        "Conference Room, 40 Bothwell Row, Glasgow",
    )
    assert parsed(LETTER).parts[0].lines[0].number == 1


def test_the_addressees_names_are_the_membership() -> None:
    members = [(m.as_written, m.represents, m.line) for m in parsed(LETTER).parts[0].membership]
    assert members[0] == ("Morag Baird", "", 5)
    assert members[-2:] == [
        ("Ruth Kerr", "Co-opted Members", 5),
        ("Neil Tennant", "Co-opted Members", 5),
    ]
    assert len(members) == 9


def test_a_kind_of_member_inside_a_list_names_what_the_rest_are() -> None:
    assert name_list("Councillors Reid, Moss and Independent Members Ann Hale and Bo Kerr") == [
        ("Reid", ""),
        ("Moss", ""),
        ("Ann Hale", "Independent Members"),
        ("Bo Kerr", "Independent Members"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "Ashby Borough Council's Licensing Committee",
            "Ashby Borough Council Licensing Committee",
        ),
        (
            "Fenby Partnership for Transport's Audit Committee",
            "Fenby Partnership for Transport Audit Committee",
        ),
        ("Children's Services Committee", None),  # the possessive is the committee's name
        ("Young People's Panel", None),
    ],
)
def test_a_committee_named_as_its_owners(name: str, expected: str | None) -> None:
    assert without_owner_possessive(name) == expected
