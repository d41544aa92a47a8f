"""'The letter was approved.': a parish clerk's decision in one short passive sentence."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.resolutions import resolution
from minutebook.parsing.short_passives import short_passive


@pytest.mark.parametrize(
    "text",
    [
        "The letter was approved.",
        "Both sets of minutes were approved and signed.",
        "Annual Governance Statement was approved and signed.",
        "The bank reconciliation to 31/7/21 was presented and approved.",
        "The revised grass cutting contract was duly adopted",
    ],
)
def test_a_short_passive_line_is_the_decision(text: str) -> None:
    assert short_passive(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "This was agreed.",
        "It was approved.",
        "The application was approved.",
        "The appeal at Mill Farm was approved.",
        "The scheme was approved by the County Council.",
        "The budget was approved subject to one change.",
        "held on 4 May were approved.",
        "Apologies from Cllr K Lee were accepted.",
        "Apologies were received from Cllr G Hale and were accepted.",
        "The Clerk reported that the new footpath signs on the lane by the old school"
        " near the green was approved.",
    ],
)
def test_other_lines_are_no_short_passive(text: str) -> None:
    assert short_passive(text) is None


def test_the_minute_s_decision_is_the_short_passive_line() -> None:
    body = lines_of(
        "The Clerk had drafted a reply to the highways consultation.\nThe letter was approved.\n"
    )
    found = resolution(body)
    assert found is not None
    assert (found.text, found.line) == ("The letter was approved.", 2)


def test_a_planning_decision_received_is_no_decision_of_the_meeting() -> None:
    body = lines_of(
        "Decisions received from Northbury District Council:\nThe application was approved.\n"
    )
    assert resolution(body) is None


def test_minutes_submitted_and_noted_are_the_meetings_decision() -> None:
    """A Scottish council notes the minutes of its committees in one short sentence."""
    assert short_passive("The undernoted minutes were submitted and noted.") == (
        "The undernoted minutes were submitted and noted."
    )
    assert short_passive("The report was received and noted by the Board of Fenby.") is None
    assert short_passive("Apologies were received and noted.") is None
    assert short_passive("The work programme was noted.") is None
