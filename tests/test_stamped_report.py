"""A report bound into an agenda pack under the pack's item stamp (invented examples)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line
from minutebook.parsing.papers import parse_standalone_report
from minutebook.parsing.splitting import detect_stamped_report, split

PACK = """AGENDA

Notice is hereby given that a meeting of the Executive will be held at the
Council Offices, Ashvale on Monday 4 March 2019 at 7.00 pm.

1.  Apologies for absence

2.  Library Opening Hours Review                                  5 - 20
    Report of the Director of Communities

Agenda Item 2
ASHVALE DISTRICT COUNCIL

EXECUTIVE – 4 MARCH 2019

LIBRARY OPENING HOURS REVIEW

Report of the Director of Communities

1. Purpose of the report

1.1 To agree new opening hours for the district's libraries."""


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_stamp_over_a_report_of_line_starts_a_report() -> None:
    lines = _lines(PACK)
    stamp = next(k for k, ln in enumerate(lines) if ln.text == "Agenda Item 2")
    start = detect_stamped_report(lines, stamp)
    assert start is not None and start.kind is DocumentKind.REPORT
    parts = split(lines)
    assert [p.kind for p in parts] == [DocumentKind.AGENDA, DocumentKind.REPORT]
    report = parts[1]
    parse_standalone_report(report, "pack.txt", Diagnostics())
    assert report.title == "Library Opening Hours Review"
    assert report.layout is Layout.STANDALONE_REPORT


def test_stamp_over_minutes_or_without_report_of_is_no_report() -> None:
    minutes = _lines("Agenda Item 3\nMINUTES of a meeting of the Executive held on 4 March 2019")
    assert detect_stamped_report(minutes, 0) is None
    bare = _lines("Agenda Item 3\nASHVALE DISTRICT COUNCIL\n\nLIBRARY REVIEW\n\n1. Purpose")
    assert detect_stamped_report(bare, 0) is None
    described = _lines("2.  Library Review   5 - 20\n    Report of the Director")
    assert detect_stamped_report(described, 1) is None  # the agenda's own description line


REPORT_TO_PACK = """AGENDA

1\tApologies for Absence
4\tReport of the Standards Sub-Committee\t9 - 12

Page 1

Agenda Item 4

Report to the Ouseway Police & Crime Panel

Title:\tReport of the Standards Sub-Committee
Date:\t3 March 2023
Author:\tJo Petts, Panel Officer

1.\tPurpose of Report
1.1\tTo tell the Panel what the Sub-Committee has done."""


def test_stamp_over_a_report_to_line_and_title_field_starts_a_report() -> None:
    parts = split(_lines(REPORT_TO_PACK))
    assert [(p.kind, p.first_line) for p in parts][1:] == [(DocumentKind.REPORT, 8)]
    report = parts[1]
    parse_standalone_report(report, "pack.txt", Diagnostics())
    assert report.title == "Report of the Standards Sub-Committee"
    assert report.meeting is not None
    assert report.meeting.body_name == "Ouseway Police & Crime Panel"


def test_a_report_to_line_without_a_title_field_is_no_report_cover() -> None:
    lines = _lines("Agenda Item 4\nReport to the Panel on the budget\nThe Panel is asked to note.")
    assert detect_stamped_report(lines, 0) is None


def test_a_subject_under_report_of_when_the_date_stands_above() -> None:
    """'PLANNING COMMITTEE' / '13 MARCH 2007' / 'REPORT OF THE CHIEF EXECUTIVE' / 'TREE
    PRESERVATION ORDERS': the line above "Report of" is the meeting's date, so the subject
    is the title line below it."""
    text = (
        "Agenda Item 4\nFENMOOR NATIONAL PARK AUTHORITY\n\nPLANNING COMMITTEE\n\n13 MARCH 2007\n\n"
        "REPORT OF THE CHIEF EXECUTIVE\n\nTREE PRESERVATION ORDERS\n\nPurpose\n\n"
        "1.   To report the orders made since the last meeting.\n"
    )
    parts = split(_lines(text))
    assert parts[0].kind is DocumentKind.REPORT
    parse_standalone_report(parts[0], "x.txt", Diagnostics())
    assert parts[0].title == "Tree Preservation Orders"
