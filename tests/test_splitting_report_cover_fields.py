"""A report's cover printed as a block of labelled fields (invented examples)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line
from minutebook.parsing.papers import parse_standalone_report
from minutebook.parsing.report_cover_fields import (
    another_cover,
    cover_block,
    cover_field,
    opens_body,
)
from minutebook.parsing.splitting import detect_report_fields, split

AGENDA = """AGENDA

Notice is hereby given that a meeting of the Licensing Committee will be held at the
Guildhall, Fenmouth on Tuesday 8 June 2021 at 2.00 pm.

1.  Apologies for absence

2.  Street Trading Policy Review
"""

COMMITTEE_FIRST = """Agenda Item 2
FENMOUTH CITY COUNCIL

Committee:      Licensing Committee
Date:           8 June 2021
Report Title:   Street Trading Policy Review
Report By:      Head of Regulatory Services

1. Purpose

1.1 To consult on a revised street trading policy."""

SUBJECT_FIRST = """Subject:            Taxi Licence Fees 2021/22

Date of meeting:    8 June 2021

Report of:          Head of Regulatory Services

Ward(s) affected:   All

1. Purpose of the report

1.1 To set the fees for hackney carriage licences."""


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def _index(lines: list[Line], text: str) -> int:
    return next(k for k, ln in enumerate(lines) if ln.text.startswith(text))


def test_a_committee_first_cover_opens_a_report_at_its_stamp() -> None:
    lines = _lines(AGENDA + "\n" + COMMITTEE_FIRST)
    parts = split(lines)
    assert [p.kind for p in parts] == [DocumentKind.AGENDA, DocumentKind.REPORT]
    assert parts[1].lines[0].text == "Agenda Item 2"  # the stamp and the council stay with it
    parse_standalone_report(parts[1], "pack.txt", Diagnostics())
    assert parts[1].title == "Street Trading Policy Review"


def test_a_subject_first_cover_without_a_stamp_opens_a_report() -> None:
    lines = _lines(AGENDA + "\n" + SUBJECT_FIRST)
    parts = split(lines)
    assert [p.kind for p in parts] == [DocumentKind.AGENDA, DocumentKind.REPORT]
    assert parts[1].lines[0].text.startswith("Subject:")
    parse_standalone_report(parts[1], "pack.txt", Diagnostics())
    assert parts[1].title == "Taxi Licence Fees 2021/22"


def test_the_block_opens_at_its_first_field_only() -> None:
    lines = _lines(COMMITTEE_FIRST)
    assert detect_report_fields(lines, _index(lines, "Committee:")) is not None
    assert detect_report_fields(lines, _index(lines, "Date:")) is None
    assert detect_report_fields(lines, _index(lines, "Report Title:")) is None


def test_a_cover_of_a_title_and_a_report_of_line_without_colon() -> None:
    cover = ["REPORT OF THE DIRECTOR OF PLACE", "TO THE CABINET ON 4 MAY 2004", "TITLE: Car Parks"]
    assert cover_block(cover)


def test_a_front_sheet_or_a_lone_field_is_no_cover() -> None:
    front = [
        "Meeting: Licensing Committee",
        "Date: 8 June 2021",
        "Time: 2.00 pm",
        "Venue: Guildhall",
    ]
    assert not cover_block(front)
    assert not cover_block(["Subject: Taxi Licence Fees", "The fees were last set in 2019."])
    assert not cover_block(["Report of: Head of Service", "x" * 300, "Subject: Taxi fees"])
    assert not cover_field("Subject to the Committee's agreement, the fees will rise.")
    assert not cover_field("Committee members asked about the fees: " + "y" * 300)


def test_two_short_reports_are_two_papers_and_a_repeated_cover_one() -> None:
    lines = _lines(COMMITTEE_FIRST + "\n\n" + SUBJECT_FIRST)
    assert [p.kind for p in split(lines)] == [DocumentKind.REPORT, DocumentKind.REPORT]
    assert another_cover(["Subject: Taxi fees"], ["Report Title: Street trading"])
    assert not another_cover(["Subject: Taxi fees"], ["Subject: TAXI FEES"])
    assert not another_cover(["1. Purpose"], ["Subject: Taxi fees"])


PLAN = """Forward Plan of Key Decisions

Subject:          Taxi Licence Fees 2021/22
Decision maker:   Cabinet
Report of:        Head of Regulatory Services
Date:             8 June 2021

Subject:          Street Trading Policy
Decision maker:   Cabinet
Report of:        Head of Regulatory Services
Date:             6 July 2021"""


def test_a_plans_entries_with_the_same_fields_open_no_report() -> None:
    lines = _lines(PLAN)
    assert detect_report_fields(lines, _index(lines, "Subject:")) is None
    assert not opens_body(["Decision maker: Cabinet", "Purpose: to set the fees"])
    assert opens_body(["Ward(s) affected: All", "1. Purpose of the report"])
