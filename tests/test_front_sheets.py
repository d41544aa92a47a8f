"""Where an agenda's or a record's first paper starts when a front sheet puts a membership
list, a bare time line, a letter's fields or the pack's stamp above it (invented papers)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.papers import parse_standalone_report
from minutebook.parsing.splitting import TIME_ALONE, only_furniture, split, title_start

FRONT_SHEET = """Ashvale County Council
Rights of Way Committee

Tuesday, 4 March 2025
10.30 am
Council Chamber, Shire Hall, Ashvale

Membership                                  Substitutes
Councillor Ann Brook (Chair)                Councillor Tom Reeve
Councillor Ivor Lake

Contact: Jo Penn, Democratic Services, 01632 960000

AGENDA

1     Apologies

2     Minutes of the Previous Meeting"""

LETTER = """ASHVALE DISTRICT COUNCIL
Council Offices, Mill Street, Ashvale AV1 2BC

Our ref: DS/PL
Date: 20 February 2007

Dear Councillor

LICENSING PANEL

I hereby give notice that a meeting of the Licensing Panel will be held in the
Council Chamber on MONDAY, 5 MARCH 2007 at 7.00 pm.

AGENDA

1.    Apologies for absence"""

STAMPED_RECORD = """Agenda Item 3
1
LICENSING PANEL
Monday, 5 March 2007
Present: Councillor A. Brook (Chairman)
Councillors Lake and Reeve
1. APOLOGIES"""


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_membership_between_title_and_agenda_stays_in_the_front_sheet() -> None:
    parts = split(_lines(FRONT_SHEET))
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.AGENDA, 1)]


def test_a_time_alone_belongs_to_the_title_block() -> None:
    lines = _lines(FRONT_SHEET)
    assert title_start(lines, 5) == 0  # from the venue line up to the council's name
    assert TIME_ALONE.fullmatch("7.30 p.m.")
    assert not TIME_ALONE.fullmatch("10 Apologies")


def test_a_notice_given_by_the_chief_executive_opens_the_letter() -> None:
    parts = split(_lines(LETTER))
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.AGENDA, 1)]


def test_a_stamp_and_page_number_above_the_first_paper_belong_to_it() -> None:
    parts = split(_lines(STAMPED_RECORD))
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_text_above_the_first_paper_is_no_furniture() -> None:
    assert only_furniture(_lines("Agenda Item 3\n\n- 2 -"))
    assert not only_furniture(_lines("Agenda Item 3\nAnnual report of the Panel"))


def test_a_report_titled_by_its_subject_field() -> None:
    text = """Agenda Item 4
ASHVALE DISTRICT COUNCIL
Report to: Licensing Panel
Date: 5 March 2007
Report of: Head of Legal Services
Subject: TAXI FARES REVIEW

1. PURPOSE OF REPORT"""
    part = Part(
        kind=DocumentKind.REPORT, title="", lines=_lines(text), layout=Layout.STANDALONE_REPORT
    )
    parse_standalone_report(part, "pack.txt", Diagnostics())
    assert part.title.lower() == "taxi fares review"
