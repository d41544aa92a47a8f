"""A date that opens a line inside a decision's sentence opens no paper
(`detect_dated_title`): "THAT THE MINUTES OF THE MEETING OF" / "4 MAY 2022 BE ACCEPTED"."""

from __future__ import annotations

from minutebook.model import DocumentKind
from opening_facts import parsed

MINUTES = (
    "WYKE TOWN COUNCIL\n"
    "Minutes of the Meeting of Wyke Town Council\n"
    "Held at 7.00pm on Monday 6 June 2022\n"
    "\n"
    "Present: Cllr. A Reid, Cllr. B Moss.\n"
    "\n"
    "1.  APOLOGIES FOR ABSENCE\n"
    "Apologies were received from Cllr. C Lowe.\n"
    "The Mayor welcomed members and guests to the meeting.\n"
    "The Town Clerk read the notice convening the meeting.\n"
    "PC D Lane gave the police report for the month.\n"
    "Two thefts of bicycles had been reported near the station.\n"
    "Members thanked PC Lane for the report.\n"
    "The Mayor reported on the civic events she had attended.\n"
    "A member of the public spoke about parking in the square.\n"
    "2.  MINUTES\n"
    "Proposed by Cllr. A Reid and seconded by Cllr. B Moss.\n"
    "THAT THE AMENDED MINUTES OF THE WYKE TOWN COUNCIL MEETING OF MONDAY 4 APRIL 2022 AND THE\n"
    "AMENDED MINUTES OF THE EXTRAORDINARY MEETING OF\n"
    "{dated}\n"
    "3.  MATTERS ARISING\n"
    "None.\n"
)


def test_a_date_going_on_in_the_passive_opens_no_paper() -> None:
    document = parsed(MINUTES.format(dated="9 MAY 2022 BE ACCEPTED AND SIGNED AS A TRUE RECORD."))
    assert [part.kind for part in document.parts] == [DocumentKind.MINUTES]


def test_a_dated_line_under_a_title_still_opens_one() -> None:
    text = "WYKE TOWN COUNCIL\nPLANNING COMMITTEE\n9 MAY 2022 AT 7.00 PM\n\nPresent: Cllr A Reid\n"
    assert [part.kind for part in parsed(text).parts] == [DocumentKind.MINUTES]


def test_minutes_alone_under_a_title_and_its_date_makes_a_record() -> None:
    """A county secretary's memo sending a cabinet's minutes: "CABINET" over "3 MARCH
    2031", then "MINUTES" and "ATTENDANCE" alone over its members ("MEMBERS OF THE
    CABINET", which on an agenda's front sheet would list its members)."""
    text = (
        "To: All Members of the County Council\n"
        "From: COUNTY SECRETARY'S DEPARTMENT\n"
        "My Ref. AB/CAB0331\n\n"
        "CABINET\n\n3 MARCH 2031\n\nMINUTES\n\nATTENDANCE\n\nMEMBERS OF THE CABINET\n\n"
        "A B Reid (Chairman), C Moss, D Lowe\n\n"
        "Upon consideration of the agenda as circulated, decisions were reached as below:\n\n"
        "1. MINUTES\n\nThe Minutes of the meeting of 3 February 2031 were confirmed.\n"
    )
    document = parsed(text)
    assert [part.kind for part in document.parts] == [DocumentKind.MINUTES]


def test_agenda_spaced_out_inside_a_record_opens_no_agenda() -> None:
    """ "A G E N D A" printed inside a record over its business ("16.31 Minutes", the
    minute coded with its year): the business has begun, no agenda is opened by it."""
    text = (
        "MINUTES of a meeting of WYKE TOWN COUNCIL held in the Council Chamber on TUESDAY, "
        "4th MARCH 2031 at 7.00pm\n\n"
        "Present: Cllr A Reid (Mayor), Cllr B Moss, Cllr C Lowe\n\n"
        "A G E N D A\n\n"
        "16.31 Minutes\n\n"
        "The Minutes of the meeting held on Tuesday 4th February 2031 were approved.\n\n"
        "17.31 Declarations of Interest\n\nNone were stated.\n"
    )
    assert [part.kind for part in parsed(text).parts] == [DocumentKind.MINUTES]
