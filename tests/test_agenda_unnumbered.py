"""Agenda items printed without numbers (a web page's lost list or table numbers): read
only when no numbered item is found, with an empty code."""

from __future__ import annotations

from minute_fixtures import lines_of, parse_text
from minutebook.model import DocumentKind, Line
from minutebook.parsing.agenda_unnumbered import (
    bulleted_items,
    capitals_rows,
    lost_number_rows,
    unnumbered_items,
)

BULLETED = """Agenda
Upshire Fire Authority
Part 1
- Apologies for absence
- Declarations of interest.
Members must declare any interest when the item is reached.
- Note for members:
- Minutes of the meeting held on 3 May 2009"""

TABLE = """Council - Monday 4th June, 2018 7.00 pm

No. Item


Apologies for Absence


Minutes of the meetings held on:

2 (a)

1 March 2018 pdf icon PDF 88 KB


Leader's Report pdf icon PDF 51 KB

(a)     To note the report; and


(b)     To agree the recommendations set out in it.

Additional documents:


Questions from the Public"""


def _titles(found: list[tuple[object, str]] | None) -> list[str]:
    return [title for _, title in found or []]


def test_bullets_are_items_but_a_label_over_guidance_is_not() -> None:
    found = bulleted_items(lines_of(BULLETED))
    assert _titles(found) == [
        "Apologies for absence",
        "Declarations of interest.",
        "Minutes of the meeting held on 3 May 2009",
    ]
    assert [line.number for line, _ in found or []] == [4, 5, 8]


def test_rows_after_two_blank_lines_are_items_without_their_link_labels() -> None:
    assert _titles(lost_number_rows(lines_of(TABLE))) == [
        "Apologies for Absence",
        "Minutes of the meetings held on:",
        "Leader's Report",
        "Questions from the Public",
    ]


def test_no_table_heading_or_too_few_bullets_read_nothing() -> None:
    assert lost_number_rows(lines_of(TABLE.replace("No. Item", "Items"))) is None
    assert unnumbered_items(lines_of("Agenda\n- Apologies for absence\nSome text.")) is None


def test_bullets_under_the_public_notes_are_no_items() -> None:
    """A front sheet's "PUBLIC INFORMATION" lists the council's priorities in bullets:
    no items; the same bullets above the heading are."""
    priorities = "- Tackling inequality\n- Improving the street scene"
    assert bulleted_items(lines_of(f"PUBLIC INFORMATION\n{priorities}")) is None
    assert bulleted_items(lines_of(f"{priorities}\nPUBLIC INFORMATION")) is not None


def test_a_titled_date_over_the_members_summoned_is_an_agenda() -> None:
    """ "Meeting of the Planning Committee" over its date and place, then "Members of the
    Committee" listing those summoned (or "This meeting is open to the public"): an
    agenda's front sheet, read with its membership."""
    text = (
        "Meeting of the Planning Committee\n\n"
        "Tuesday 7th March 2006, at 10:00 am\n\n"
        "Committee Room 2\n\nGuildhall\n\n"
        "Members of the Committee\n\n"
        "Councillor Mrs Ashdown\n\nCouncillor Bellamy\n\nCouncillor Cotter\n"
    )
    part = parse_text(text)
    assert part.kind is DocumentKind.AGENDA
    assert [m.as_written for m in part.membership] == [
        "Councillor Mrs Ashdown",
        "Councillor Bellamy",
        "Councillor Cotter",
    ]
    public = text.replace("Members of the Committee", "This meeting is open to the public")
    assert parse_text(public).kind is DocumentKind.AGENDA


CAPITALS_AGENDA = """FENBY PARISH COUNCIL

YOU ARE SUMMONED TO A MEETING OF FENBY PARISH COUNCIL ON MONDAY 7 APRIL 2025

AGENDA


OPEN FORUM (15 MINUTES)
Residents may speak on any item below

APOLOGIES FOR ABSENCE

CONFIRMATION OF MINUTES 3RD MARCH 2025

FOOTPATHS AND BRIDLEWAYS

NOTES FOR LATER AGENDAS MUST BE SENT TO THE CLERK IN WRITING
"""


def test_lines_in_capitals_under_the_agenda_heading_are_its_items() -> None:
    lines = [Line(n, t) for n, t in enumerate(CAPITALS_AGENDA.splitlines(), 1)]
    found = [(line.number, title) for line, title in unnumbered_items(lines) or []]
    assert found == [
        (8, "OPEN FORUM (15 MINUTES)"),
        (11, "APOLOGIES FOR ABSENCE"),
        (13, "CONFIRMATION OF MINUTES 3RD MARCH 2025"),
        (15, "FOOTPATHS AND BRIDLEWAYS"),
    ]


def test_capitals_lines_under_no_agenda_heading_are_no_items() -> None:
    lines = [Line(n, t) for n, t in enumerate(CAPITALS_AGENDA.splitlines(), 1)]
    assert capitals_rows([line for line in lines if line.text != "AGENDA"]) is None
    assert capitals_rows(lines[:12]) is None  # two lines in capitals make no list
