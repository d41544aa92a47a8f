"""A clerk's invitation opening an agenda: "I hereby invite you to attend a meeting of X on
D at T in V" (no "held", no "summoned")."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from opening_facts import first_part_meeting, parsed

INVITATION = (
    "I hereby invite you to attend a meeting of Wyke Magna Parish Council on Tuesday 8th "
    "March 2022 at 7.30pm in the Memorial Hall to consider the following items of business\n"
    "\n"
    "Ann Reid, Clerk to the Parish Council          1st March 2022\n"
    "\n"
    "AGENDA\n"
    "\n"
    "  1. Apologies for Absence\n"
    "  2. Declarations of interest\n"
)


def test_an_invitation_opens_one_agenda_with_its_meeting() -> None:
    assert first_part_meeting(INVITATION) == (
        DocumentKind.AGENDA,
        "Wyke Magna Parish Council",
        dt.date(2022, 3, 8),
        dt.time(19, 30),
        "Memorial Hall",
    )
    assert len(parsed(INVITATION).parts) == 1  # the "AGENDA" under it is the same paper
