"""Openings and agenda lines of the genre's sixth round: a 'Held:' label, a decision
session's 'Record of decisions taken on D', a front sheet whose 'AGENDA' line sits under
its members and contact, and an item line printing 'Pages 3 - 8' or facts ('Ward:') under
its title."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import agenda_items_of, lines_of
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.held_line_openings import decisions_line_opening
from minutebook.parsing.labelled_openings import labelled_opening
from minutebook.parsing.splitting import detect_record_of_decisions, split


def test_a_held_label_dates_the_meeting_under_a_broken_title() -> None:
    """'Minutes of the Meeting of the' / body / 'Held: D, T' / 'Venue: V'."""
    lines = lines_of(
        "Minutes of the Meeting of the\n"
        "Ashcombe Health and Wellbeing Board\n"
        "Held: Monday 7 March 2022, 2.00pm\n"
        "Venue: Council Chamber, Ashcombe House\n"
        "\n"
        "Members present:\n"
        "Cllr Ann Fenby (Chair)"
    )
    opening = labelled_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue, opening.line) == (
        "Ashcombe Health and Wellbeing Board",
        dt.date(2022, 3, 7),
        dt.time(14, 0),
        "Council Chamber, Ashcombe House",
        3,
    )


def test_a_held_label_without_a_date_dates_nothing() -> None:
    lines = lines_of("Ashcombe Health and Wellbeing Board\nHeld: in public\nVenue: Ashcombe House")
    assert labelled_opening(lines) is None


RECORD = (
    "Ashcombe County Council\n"
    "\n"
    "Decision Session – Executive Member for Parks\n"
    "\n"
    "Record of decisions taken on Tuesday, 9 April 2019 at 10.00 am in Room 2,\n"
    "Shire Hall, Ashcombe\n"
    "\n"
    "Present:  Councillor Ruth Amberley\n"
    "\n"
    "1.   Declarations of Interest\n"
    "     None."
)


def test_a_record_of_decisions_opens_minutes_with_its_title() -> None:
    parts = split(lines_of(RECORD))
    assert [(p.kind, p.lines[0].number) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_a_record_of_decisions_dates_the_session_with_its_venue_run_on() -> None:
    opening = decisions_line_opening(lines_of(RECORD))
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue, opening.line) == (
        "Decision Session – Executive Member for Parks",
        dt.date(2019, 4, 9),
        dt.time(10, 0),
        "Room 2, Shire Hall, Ashcombe",
        5,
    )
    facts = minutes_header(lines_of(RECORD), "inline.txt", Diagnostics())
    assert facts is not None
    body = "Ashcombe County Council Decision Session – Executive Member for Parks"
    assert facts.body_name == body


def test_a_sentence_about_a_record_of_decisions_opens_nothing() -> None:
    """Prose inside minutes that speaks of an earlier record has a verb, or no title."""
    lines = lines_of(
        "3.  Minutes\n"
        "Record of decisions taken on 5 May 2019 was noted.\n"
        "\n"
        "Record of decisions taken on 5 May 2019"
    )
    assert detect_record_of_decisions(lines, 1) is None
    assert detect_record_of_decisions(lines, 3) is None  # a blank line above, no title
    assert decisions_line_opening(lines_of("Record of decisions taken on 5 May 2019")) is None


def test_an_agenda_line_under_members_quorum_and_contact_makes_an_agenda() -> None:
    """The fields' paper is an agenda when its 'AGENDA' line comes after a long front sheet
    (members over three lines, quorum, contact); minutes say 'Present'."""
    front = (
        "Ashcombe Borough Council\n\nLICENSING SUB-COMMITTEE\n\n"
        "Date:\tMonday 3 June 2024\nTime:\t10.00 am\nPlace:\tRoom 1, Town Hall\n\n"
        "Members:\tCouncillors Ann Fenby (Chair), Raj Kumar,\n"
        "\tTom Ivel and Sue Parr\n\nQuorum: 3\n\n"
        "Contact: Jo Lane, Clerk\nTel: 01234 567890\nEmail: clerk@example.org\n\n"
    )
    agenda = split(lines_of(front + "AGENDA\n\n1.\tAPOLOGIES"))
    assert [p.kind for p in agenda] == [DocumentKind.AGENDA]
    record = split(lines_of(front.replace("Members:", "Present:") + "1.\tAPOLOGIES"))
    assert [p.kind for p in record] == [DocumentKind.MINUTES]


def test_the_word_pages_after_a_gap_is_the_items_page_range() -> None:
    assert agenda_items_of(
        "A1  Apologies\n\n"
        "A2  Minutes of the Meeting held on 5 May 2014                  Pages 3 - 8\n\n"
        "A3  Budget Report 2014/15                                      Page 9\n"
        "    For decision.\n\n"
        "A4  Review of Pages 3-8 of the Plan"
    ) == [
        ("A1", "Apologies"),
        ("A2", "Minutes of the Meeting held on 5 May 2014"),
        ("A3", "Budget Report 2014/15"),
        ("A4", "Review of Pages 3-8 of the Plan"),
    ]


def test_a_labelled_fact_under_an_items_title_is_no_part_of_it() -> None:
    """'Ward:' or 'Proposal:' under a planning application's row is a fact about it; the
    rest of a title wrapped into its column still joins it."""
    assert agenda_items_of(
        "1\tApologies for absence\t-\n"
        "2\tPlanning applications\t-\n"
        "2.1\tAB/2024/0101 – 4 Mill Lane\t(Pages 7 - 20)\n"
        "\tWard: Riverside\n"
        "\tProposal: Two houses.\n"
        "3\tLocal Plan – review\t21\n"
        "\t2025-2030"
    ) == [
        ("1", "Apologies for absence"),
        ("2", "Planning applications"),
        ("2.1", "AB/2024/0101 – 4 Mill Lane"),
        ("3", "Local Plan – review 2025-2030"),
    ]
