"""A standing item's title run straight into its record ("23/21 Apologies for Absence R
Hollis"), and the titles that go on after the standing words."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_standing_titles import standing_title_run_on


@pytest.mark.parametrize(
    ("text", "title", "rest"),
    [
        ("Apologies for Absence R Hollis", "Apologies for Absence", "R Hollis"),
        (
            "Declarations of Interest Councillors were reminded of their duty.",
            "Declarations of Interest",
            "Councillors were reminded of their duty.",
        ),
        (
            "APOLOGIES: ALL To record the apologies received.",
            "APOLOGIES",
            "ALL To record the apologies received.",
        ),
        (
            "Minutes of Previous Meeting Meeting of Fernby Parish Council held on 3 May.",
            "Minutes of Previous Meeting",
            "Meeting of Fernby Parish Council held on 3 May.",
        ),
        (
            "Public Questions Mr Lane asked about the bus shelter.",
            "Public Questions",
            "Mr Lane asked about the bus shelter.",
        ),
        ("MEMBER INTERESTS: ALL None declared.", "MEMBER INTERESTS", "ALL None declared."),
        (
            "Date of Next Meeting Tuesday 4 June at 7pm.",
            "Date of Next Meeting",
            "Tuesday 4 June at 7pm.",
        ),
        (
            "Declaration of Pecuniary Interests Cllr Ames item 6.",
            "Declaration of Pecuniary Interests",
            "Cllr Ames item 6.",
        ),
    ],
)
def test_standing_title_runs_on(text: str, title: str, rest: str) -> None:
    assert standing_title_run_on(text) == (title, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Apologies for Absence",
        "Declarations of Interest in Items on the Agenda",
        "Minutes of the Previous Meeting Held on 3 May 2021",
        "Apologies for Absence And Substitutions",
        "Apologies for Absence Substitutions",
        "Urgent Business Items",
        "URGENT BUSINESS AGREED BY THE CHAIR",
        "Public Participation Session",
        "Minutes of the last meeting: 12 March 2021",
        "Planning Applications Received",
        "Finance Report The clerk reported.",
        "Matters arising from the minutes",
    ],
)
def test_title_that_goes_on_is_no_run_on(text: str) -> None:
    assert standing_title_run_on(text) is None


def test_coded_heading_cut_after_standing_title() -> None:
    lines = lines_of(
        "Minutes of the meeting of Fernby Parish Council\n"
        "31/22 Apologies for Absence R Hollis\n"
        "32/22 Declaration of Pecuniary Interests None were declared.\n"
        "33/22 APOLOGIES: ALL To record the apologies received from Cllr Moss.\n"
    )
    titles = [(h.number, h.title, h.run_on) for h in minute_headings(lines)]
    assert titles[0] == ("31/22", "Apologies for Absence", "R Hollis")
    assert titles[1][:2] == ("32/22", "Declaration of Pecuniary Interests")
    assert titles[2][:2] == ("33/22", "APOLOGIES")


def test_bare_heading_defers_to_its_sentence() -> None:
    lines = lines_of(
        "Minutes of the meeting of Fernby Parish Council\n"
        "1. Urgent Item In terms of Standing Order 12, the Council:\n"
        "Noted the urgent item.\n"
        "2. Finance\n"
        "Payments were approved.\n"
    )
    titles = [(h.number, h.title) for h in minute_headings(lines)]
    assert titles[:2] == [("1", "Urgent Item"), ("2", "Finance")]
