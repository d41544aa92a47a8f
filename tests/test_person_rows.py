"""A list's row naming a titled person after a dash ("Ashby Borough Council - Councillors
A Bell and C Dunn") belongs to the paper above it: the title block of the next paper
does not take it."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.person_rows import person_row
from minutebook.parsing.splitting import split


def _lines(*texts: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(texts)]


def test_rows_naming_titled_people_after_a_dash() -> None:
    assert person_row("Ashby Borough Council - Councillors A. Bell and Mrs. C. Dunn")
    assert person_row("Independent Members - Ms E. Frost and Mr. G. Hale")
    assert person_row("Chief Constable – Ms. J. Irwin")
    assert person_row("Item 4b – Mr K Lowe (Financial)")
    assert person_row("Labour – Councillor M Nash")


def test_titles_and_other_lines_are_no_rows() -> None:
    assert not person_row("WEXFORD AND DISTRICT JOINT COMMITTEE")
    assert not person_row("Planning Committee - 12 March 2024")
    assert not person_row("Cabinet – Minutes")
    assert not person_row("Mr A Bell - Ashby Borough Council")  # a person first: no label
    assert not person_row("Membership: Councillors A Bell and C Dunn")


def test_the_minutes_after_a_membership_list_start_at_their_title() -> None:
    lines = _lines(
        "Guildhall, High Street, Wexcombe WX1 1AA",
        "",
        "Date: 20th February 2026",
        "",
        "Dear Sir/Madam,",
        "",
        "A meeting of the Wexcombe Police and Crime Panel will be held at the Guildhall,"
        " Wexcombe on Friday, 6th March 2026 at 10.00am.",
        "",
        "A G E N D A",
        "",
        "1. Apologies for Absence.",
        "",
        "2. Minutes of the meeting held on 9th January 2026 (copy attached).",
        "",
        "MEMBERSHIP: Ashby Borough Council - Councillors A. Bell and C. Dunn",
        "",
        "Coldfield District Council - Councillors E. Frost and G. Hale",
        "",
        "Wexcombe City Council - Councillors J. Irwin and K. Lowe",
        "",
        "Independent Members - Ms M. Nash and Mr. P. Oakes",
        "",
        "By invitation Wexcombe Police and Crime Commissioner - Mr. R. Pike",
        "",
        "Chief Constable - Ms. S. Quinn",
        "",
        "WEXCOMBE POLICE AND CRIME PANEL",
        "",
        "MINUTES OF THE MEETING HELD AT THE GUILDHALL, WEXCOMBE ON FRIDAY 9TH JANUARY 2026"
        " AT 10.00AM",
        "",
        "Present:",
        "",
        "Councillors A. Bell, C. Dunn and E. Frost",
    )
    parts = split(lines)
    assert [p.kind for p in parts] == [DocumentKind.AGENDA, DocumentKind.MINUTES]
    assert parts[1].first_line == 27
