"""Page furniture above a file's first paper: a pack's stamp numbered or marked in other
ways, a running header printed again at the top of a later page, and a letter's
letterhead above a notice (invented papers)."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.cleaning import clean
from minutebook.parsing.running_headers import ITEM_STAMP, later_shapes, running_header
from minutebook.parsing.splitting import letter_start, only_furniture, split

RUNNING_HEADER = """Planning and Highways Committee 7
09.11.04
ORMSBY DISTRICT COUNCIL
MINUTES OF THE MEETING OF THE PLANNING AND HIGHWAYS COMMITTEE – 9TH NOVEMBER 2004
PRESENT
Mr T Ashdown (Chairman)
Mrs K Belling
12.
APOLOGIES FOR ABSENCE
Apologies for absence were received from Mr J Corrie.
Planning and Highways Committee 8
09.11.04
13.
MINUTES
The Minutes of the Meeting held on 12th October 2004 were confirmed and signed."""

SUB_STAMPED = """                                                    Item 4(2)
BRANTWELL COUNTY COUNCIL
Minutes of the meeting of the Cabinet held on 2 May 2019

Present

Councillor Dora Pike (Chair)
Councillors Len Ames and Ola Grant

1. Apologies
There were no apologies."""

MARKED_STAMP = """OFFICIAL\tAgenda Item 5
MINUTES of a meeting of the LICENSING COMMITTEE held on 6 June 2017 at Shire Hall.
PRESENT
Councillor P Dale (in the Chair)
Councillors A Hume and R Kerr.
1/17 APOLOGIES None were received."""


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_a_running_header_printed_again_on_a_later_page_belongs_to_the_record() -> None:
    parts = split(_lines(RUNNING_HEADER))
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_a_line_printed_once_is_no_running_header() -> None:
    later = later_shapes(_lines("Licensing Committee 4\nMinutes of the meeting"))
    assert running_header("Licensing Committee 3", later) == "Licensing Committee #"
    assert running_header("Annual Report of the Panel", later) is None
    assert not only_furniture(_lines("Annual Report of the Panel"), _lines("Minutes"))


def test_a_stamp_for_a_paper_bound_under_an_item_belongs_to_the_record() -> None:
    parts = split(_lines(SUB_STAMPED))
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_a_stamp_beside_a_protective_marking_belongs_to_the_record() -> None:
    parts = split(_lines(MARKED_STAMP))
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_item_stamps_numbered_and_marked() -> None:
    stamps = ("Item 3(3)", "Agenda Item 4.2", "Item 5(b)", "PUBLIC\tAgenda Item 3")
    for stamp in (*stamps, "AGENDA ITEM NO:3", "Agenda Item No. 7", "Item No 12"):
        assert ITEM_STAMP.fullmatch(stamp), stamp
    for text in ("Item 3 was deferred", "Public Agenda", "Items 3 and 4"):
        assert not ITEM_STAMP.fullmatch(text), text


LETTER_AGENDA = """Civic Offices
Wharf Road
Penmorrow
PM3 9QX
For any questions about this agenda please ring Alan Voss (Tel. 01632
960111; Email: alan.voss@example.org)
Date: 3rd March 2016
Dear Sir/Madam,
A meeting of the Penmorrow Police and Crime Panel will be held in the Tamar Room, Civic
Offices, Penmorrow on Monday, 14th March 2016 at 2.00pm to consider the business below.
Yours faithfully
Head of Legal Services
A G E N D A
1. Apologies for Absence.
2. Minutes of the meeting held on 1st February 2016.
MEMBERSHIP:
Penmorrow Council - Councillors A. Fenn and B. Hoyle
Chief Constable - Ms. R. Tull
Page 1
PENMORROW POLICE AND CRIME PANEL
MINUTES OF THE MEETING HELD AT CIVIC OFFICES, PENMORROW ON MONDAY 1ST FEBRUARY 2016
Present:
Councillors A. Fenn and B. Hoyle - Penmorrow Council
1. APOLOGIES FOR ABSENCE
There were none."""


def test_a_notice_sent_as_a_letter_starts_at_its_letterhead() -> None:
    lines, _ = clean(LETTER_AGENDA)
    parts = split(lines)
    assert [(p.kind, p.first_line) for p in parts] == [
        (DocumentKind.AGENDA, 1),
        (DocumentKind.MINUTES, 20),
    ]


def test_a_greeting_is_needed_for_a_letter() -> None:
    lines = _lines("County Hall\nA meeting of the Panel will be held on 1 May 2016.")
    assert letter_start(lines, 1) is None
    lines = _lines("The Panel noted the report.\nCounty Hall\nDear Councillor,\nA meeting of")
    assert letter_start(lines, 3) == 1


def test_a_numbered_stamp_at_the_right_over_minutes_belongs_to_them() -> None:
    text = (
        "                                                AGENDA ITEM NO:4\n"
        "MINUTES OF A MEETING OF THE WESTMOOR POLICE AND CRIME PANEL HELD ON\n"
        "3RD JUNE 2015 AT 10.00 A.M. AT THE GUILDHALL, MARKET SQUARE, ASHBY\n\n"
        "Present: Councillor A Brown\n"
    )
    parts = split(_lines(text))
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.MINUTES, 1)]
