"""A bare "the Committee" named in full by its paper's running line with the meeting's
date, and a title "<authority> – <committee>" split at its dash."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.parsing.footer_authority import footer_authority
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.letterheads import authority_name, letterhead_authority
from minutebook.parsing.running_names import dashed_authority, running_name

MEETING = dt.date(2014, 3, 6)


def test_a_running_line_with_the_meetings_date_names_the_bare_noun() -> None:
    lines = lines_of(
        "Minutes of the meeting of the Committee\n\nLicensing Committee\t6 March 2014\n"
    )
    assert running_name(lines, "Committee", MEETING) == "Licensing Committee"
    assert running_name(lines, "the Committee", MEETING) == "Licensing Committee"
    dashed = lines_of("Audit and Standards Committee - Thursday, 6 March 2014\n")
    assert running_name(dashed, "Committee", MEETING) == "Audit and Standards Committee"


def test_another_date_another_noun_or_a_full_name_give_nothing() -> None:
    lines = lines_of(
        "Licensing Committee\t6 February 2014\nMinutes of the Committee - 6 March 2014\n"
    )
    assert running_name(lines, "Committee", MEETING) is None
    assert running_name(lines_of("Licensing Committee\t6 March 2014\n"), "Panel", MEETING) is None
    assert running_name(lines, "Planning Committee", MEETING) is None


def test_an_authority_and_a_committee_either_side_of_a_dash() -> None:
    assert dashed_authority("Kelbridge Borough Council – Cabinet") == (
        "Kelbridge Borough Council",
        "Cabinet",
    )
    assert dashed_authority("Harbour Board - 6 March 2014") is None
    assert dashed_authority("Planning - Major Applications") is None
    assert dashed_authority("Kelbridge Borough Council Cabinet") is None


def test_a_minutes_opening_under_a_dashed_title() -> None:
    facts = minutes_header(
        lines_of(
            "Kelbridge Borough Council – Cabinet\n\nMinutes of the meeting held on Thursday 6 "
            "March 2014 at 10.00 am in Room 4, Town Hall\n\nPresent: Councillor A Smith\n"
        ),
        "x.txt",
        Diagnostics(),
    )
    assert facts is not None
    assert (facts.body_name, facts.date) == ("Kelbridge Borough Council Cabinet", MEETING)


def test_a_minutes_opening_named_in_full_by_its_footer() -> None:
    facts = minutes_header(
        lines_of(
            "Minutes of the meeting of the Committee held on Thursday 6 March 2014 at 10.00 am "
            "in Room 4, Town Hall\n\nPresent: Councillor A Smith\n\n1. Apologies\n\nNone.\n\n"
            "Licensing Committee\t6 March 2014\n"
        ),
        "x.txt",
        Diagnostics(),
    )
    assert facts is not None
    assert (facts.body_name, facts.venue) == ("Licensing Committee", "Room 4, Town Hall")


def test_a_logo_broken_over_two_lines_is_the_letterhead() -> None:
    assert letterhead_authority(["KELBRIDGE", "BOROUGH COUNCIL", "", "Minutes"]) == (
        "KELBRIDGE BOROUGH COUNCIL"
    )
    assert letterhead_authority(["Public Document Pack", "Town Council"]) == "Town Council"
    assert letterhead_authority(["Westmere Borough Council"]) == "Westmere Borough Council"


def test_a_footer_closing_on_the_date_names_the_authority() -> None:
    lines = lines_of("Kelbridge Borough Council – Licensing Committee – 3 March 2014\n")
    assert footer_authority(lines, "Licensing Committee") == "Kelbridge Borough Council"


def test_a_letterhead_row_with_contact_cells_names_its_authority() -> None:
    assert authority_name("Kelbridge Borough Council\twww.kelbridge.gov.uk") == (
        "Kelbridge Borough Council"
    )
    assert authority_name("Kelbridge Borough Council\t\tTel: 01234 567890") == (
        "Kelbridge Borough Council"
    )
    assert authority_name("Kelbridge Borough Council\tPlanning Committee") is None
