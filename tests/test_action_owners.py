"""An "Action:- Ann Reid" line under a decision names who carries it out: the decision
above is the action, the names its owner; an "Action:" sentence stays an action itself."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.action_owners import owner_only
from minutebook.parsing.actions import action_rows


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_an_owner_line_makes_the_decision_above_an_action() -> None:
    body = _lines(
        "Resolved:-  (1)  That the minutes be approved.",
        "",
        "(2)  That the officer check whether the video had been shown.",
        "",
        "Action:-  Ann Reid",
        "",
        "(3)  That the report be circulated.",
        "",
        "Action:-  Ben Moss/Cara Lee",
    )
    assert [(a.text, a.owner, a.line) for a in action_rows(body)] == [
        ("(2) That the officer check whether the video had been shown.", "Ann Reid", 3),
        ("(3) That the report be circulated.", "Ben Moss/Cara Lee", 7),
    ]


def test_an_action_sentence_is_no_owner_line() -> None:
    assert owner_only("Action:- Ann Reid") == "Ann Reid"
    assert owner_only("ACTION: Head of Finance to circulate the figures.") is None
    assert owner_only("Action: the clerk would write to the owner") is None
