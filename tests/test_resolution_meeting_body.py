"""A meeting deciding as a body: "The Joint Meeting of Boards agreed ..." (invented)."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.resolutions import body_agreed, resolution


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Meeting of Boards agreed the appointment of Vice-Chairs as listed.",
        "The Annual Parish Meeting agreed to plant a hedge beside the green.",
        "The Joint Meeting of the Harbour and Ferry Committees resolved to meet in June.",
    ],
)
def test_a_meeting_agreeing_decides(text: str) -> None:
    assert body_agreed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chair of the Meeting agreed to write to the club.",  # a person, not the body
        "The meeting of residents was agreed by all to be useful.",  # no body agreeing
    ],
)
def test_no_meeting_body(text: str) -> None:
    assert not body_agreed(text)


def test_the_meetings_agreement_is_the_minutes_decision() -> None:
    body = [
        Line(40, "The report set out the nominations for Vice-Chairs."),
        Line(41, ""),
        Line(42, "The Joint Meeting of Boards agreed the appointment of Vice-Chairs as listed."),
    ]
    found = resolution(body)
    assert found is not None
    assert (found.text, found.line) == (
        "The Joint Meeting of Boards agreed the appointment of Vice-Chairs as listed.",
        42,
    )
