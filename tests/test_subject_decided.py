"""A decision word closing a line after its subject and a colon or dash."""

from __future__ import annotations

import pytest

from minutebook.parsing.resolutions import decision_start, passive_decision
from minutebook.parsing.subject_decided import subject_decided


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Draft accounts for the quarter as circulated: APPROVED.", 0),
        ("Grass cutting quotation – AGREED", 0),
        ("Confirmation of the minutes of 4 May – Agreed", 0),
        ("Hall insurance renewal - RESOLVED unanimously.", 0),
        ("9/22 ii Bank reconciliation to 31 March: APPROVED", 8),
    ],
)
def test_subject_then_decision_word(line: str, start: int) -> None:
    assert subject_decided(line) == start
    assert passive_decision(line)


def test_decision_starts_at_subject_after_minute_code() -> None:
    line = "9/22 ii Bank reconciliation to 31 March: APPROVED"
    assert line[decision_start(line) :].startswith("Bank reconciliation")


@pytest.mark.parametrize(
    "line",
    [
        "Apologies: accepted",
        "Status: Agreed",  # a committee system's field, the record's state
        "Minutes of the last meeting: approved",
        "22/01234/FUL Land at Mill Lane – APPROVED",
        "Planning application for a garage at Rose Cottage: APPROVED",
        "Appeal against refusal at Oak Farm – ALLOWED",
        "APPROVED",
        "Decisions: AGREED actions follow",
        "The Clerk reported that the budget had been agreed at the last meeting and that"
        " the figures for the coming year were now final and would be circulated: AGREED",
        "Apologies – Cllr Hale",
    ],
)
def test_not_a_subject_decided(line: str) -> None:
    assert subject_decided(line) is None
