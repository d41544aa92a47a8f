"""An action log printed inside a minute (`parsing.actions`): a table whose header names
the action and its owner, status or due date; each row under it is an action."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.model import ActionFacts, Line
from minutebook.parsing.actions import action_rows, continued_text, header_columns


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


@pytest.mark.parametrize(
    "wrapped",
    ["\tto every head teacher", "| | to every head teacher | | | |"],
)
def test_an_action_wrapped_in_its_cell_carries_on_its_own_line(wrapped: str) -> None:
    sep = "|" if wrapped.startswith("|") else "\t"
    row = sep.join
    lines = _lines(
        row(["No.", "Action", "Owner", "Due", "Status"]),
        row(["7", "Send the revised criteria", "PH", "30/11/2023", "Open"]),
        wrapped,
        row(["8", "Report on placements", "MO", "17/01/2024", "Open"]),
        "",
        "Date of next meeting: 17 January 2024",
    )
    assert action_rows(lines) == [
        ActionFacts("Send the revised criteria to every head teacher", "Open", "PH",
                    dt.date(2023, 11, 30), 2),
        ActionFacts("Report on placements", "Open", "MO", dt.date(2024, 1, 17), 4),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "\tto every head teacher\tPH",  # words in another cell: a row of its own
        "to every head teacher",  # no cell before it: a paragraph
        "\t\t",  # nothing carried
        "\t\tPH",  # in the owner's cell, not the action's
    ],
)
def test_not_an_action_carried_on(text: str) -> None:
    assert continued_text(text, 1) is None


def test_action_lines_under_the_discussion() -> None:
    body = [
        Line(10, "Members asked for the figures by ward."),
        Line(11, ""),
        Line(12, "ACTION: Head of Finance to circulate the ward figures to all"),
        Line(13, "members by 5 October 2012."),
        Line(14, ""),
        Line(15, "Action – Clerk to write to the landowner."),
    ]
    first, second = action_rows(body)
    assert first.owner == "Head of Finance"
    assert first.text.startswith("Head of Finance to circulate the ward figures to all members")
    assert first.due == dt.date(2012, 10, 5)
    assert first.line == 12
    assert (second.owner, second.due, second.line) == ("Clerk", None, 15)


def test_a_sentence_about_actions_is_no_action_line() -> None:
    body = [
        Line(1, "Actions arising from the last meeting had been completed."),
        Line(2, "The action plan: see Appendix 2."),
    ]
    assert action_rows(body) == []


def test_an_actions_list_with_owner_and_due_fields() -> None:
    """Numbered items under "Actions:", each ending with "Owner:" and "Due:" (a field
    may wrap onto the next line); the list ends at the first line that is no item and
    carries none on."""
    texts = [
        "Resolved: (1) That the report be noted.",
        "Actions:",
        "1. Send the ward figures to all",
        "members. Owner: Head of Housing. Due: 30 June 2025.",
        "2. Book a site visit. Owner: Committee",
        "Officer. Due: 31/07/2025.",
        "3. Draft terms of reference. Owner: Committee Officer.",
        "Due: 15 September 2025.",
        "The Chair thanked the officers.",
    ]
    body = [Line(n, t) for n, t in enumerate(texts, start=20)]
    assert action_rows(body) == [
        ActionFacts(
            "Send the ward figures to all members.",
            None,
            "Head of Housing",
            dt.date(2025, 6, 30),
            22,
        ),
        ActionFacts("Book a site visit.", None, "Committee Officer", dt.date(2025, 7, 31), 24),
        ActionFacts(
            "Draft terms of reference.", None, "Committee Officer", dt.date(2025, 9, 15), 26
        ),
    ]


def test_a_bulleted_action_points_list_without_fields() -> None:
    body = [Line(1, "Action points"), Line(2, "• Clerk to order the bins"), Line(3, "")]
    assert action_rows(body) == [ActionFacts("Clerk to order the bins", None, None, None, 2)]


@pytest.mark.parametrize(
    "texts",
    [
        ["Actions arising from the last meeting:", "1. All had been completed."],
        ["Actions:", "The action log was noted."],
        ["1. Owner: Head of Housing.", "2. Due: 30 June 2025."],
    ],
)
def test_no_actions_list(texts: list[str]) -> None:
    assert action_rows([Line(n, t) for n, t in enumerate(texts, start=1)]) == []
