"""An action log printed inside a minute (`parsing.actions`): a table whose header names
the action and its owner, status or due date; each row under it is an action."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.model import ActionFacts, Line
from minutebook.parsing.actions import action_rows, header_columns


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_an_action_log_flattened_to_tabs() -> None:
    lines = _lines(
        "The minutes of 5 March were agreed as a correct record.",
        "Action\tOwner\tStatus",
        "Circulate the draft strategy\tAC\tComplete",
        "Invite the housing lead\tRP\tOpen",
        "Fenby Health Board 04/06/2020\tPage 1 of 3",
    )
    assert action_rows(lines) == [
        ActionFacts("Circulate the draft strategy", "Complete", "AC", None, 3),
        ActionFacts("Invite the housing lead", "Open", "RP", None, 4),
    ]


def test_an_action_log_in_cells_with_a_reference_and_due_dates() -> None:
    lines = _lines(
        "| Ref | Action | By whom | By when |",
        "|---|---|---|---|",
        "| 12 | Report back on bus shelters | Clerk | 30/09/2024 |",
        "| 13 | Repaint the railings | Cllr Amos | 1 October 2024 |",
        "",
    )
    assert [(a.text, a.owner, a.status, a.due, a.line) for a in action_rows(lines)] == [
        ("Report back on bus shelters", "Clerk", None, dt.date(2024, 9, 30), 3),
        ("Repaint the railings", "Cllr Amos", None, dt.date(2024, 10, 1), 4),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Payee\tDetails\tAmount",  # a payments table
        "Action\tNotes",  # names the action only
        "Member\tItem\tInterest",
        "Action Owner Status",  # no cells: a sentence
    ],
)
def test_not_an_action_log_header(header: str) -> None:
    assert header_columns(header) is None
    assert action_rows(_lines(header, "Grass cutting\tAC\tComplete")) == []
