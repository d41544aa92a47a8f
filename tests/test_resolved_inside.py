"""'it was resolved (or agreed)' inside a sentence, with who agreed or who is to act."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.resolutions import resolution


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (
            "The reply was discussed and it was resolved for the Clerk to write to the"
            " Highways Agency.",
            "it was resolved for the Clerk to write to the Highways Agency.",
        ),
        (
            "Cllr Orme – it was agreed by Members for Cllr Orme to sign the Declaration of"
            " Acceptance of Office at the next meeting.",
            "it was agreed by Members for Cllr Orme to sign the Declaration of Acceptance of"
            " Office at the next meeting.",
        ),
        (
            "It was resolved at this point to suspend standing orders for the public session.",
            "It was resolved at this point to suspend standing orders for the public session.",
        ),
        (
            "After discussion it was agreed by all present that the grant of £200 be paid.",
            "it was agreed by all present that the grant of £200 be paid.",
        ),
    ],
)
def test_the_formula_with_its_agent_is_the_decision(text: str, decision: str) -> None:
    found = resolution(lines_of(text))
    assert found is not None
    assert (found.text, found.line) == (decision, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk said it was agreed by the County Council to close the lane in May.",
        "Cllr Amos reported that it was resolved for some years by the trust.",
        "It was reported for the Clerk to note.",
    ],
)
def test_another_body_or_no_formula_is_no_decision(text: str) -> None:
    assert resolution(lines_of(text)) is None
