"""A summons's addressees ("Members of the Council") printed on a line of their own under
the dated title: whom the paper is sent to, never the meeting's place, its title or the
letterhead's authority (invented examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.letterheads import authority_name, whole_authority
from opening_facts import first_part_meeting

SUMMONS = (
    "BOROUGH COUNCIL OF FENBY\n\nTOWN HALL, FENBY\n\nCOUNCIL MEETING\n14th OCTOBER 2015\n"
    "Members of the Council\n"
    "You are hereby summoned to attend a MEETING OF THE COUNCIL, which will be held at\n"
    "the Town Hall, Fenby on WEDNESDAY, THE 14th DAY OF OCTOBER 2015 at 1830 hours,\n"
    "when it is proposed to transact the following business:\n\n"
    "1. Apologies for absence\n\n2. Minutes of the last meeting\n"
)


def test_the_notice_gives_the_place_and_the_letterhead_the_authority() -> None:
    assert first_part_meeting(SUMMONS) == (
        DocumentKind.AGENDA,
        "Borough Council of Fenby",
        dt.date(2015, 10, 14),
        dt.time(18, 30),
        "Town Hall, Fenby",
    )


def test_addressees_are_no_authority_and_a_council_of_a_place_is_one() -> None:
    assert authority_name("Members of the Council") is None
    assert authority_name("To: All Members of the Town Council") is None
    assert authority_name("BOROUGH COUNCIL OF FENBY") == "BOROUGH COUNCIL OF FENBY"
    assert whole_authority("COUNCIL", "BOROUGH COUNCIL OF FENBY") == "Borough Council of Fenby"
