"""A decision in the negative: "RESOLVED not to ...", "it was agreed not to ..."."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.resolutions import resolution


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (
            "As the scheme closes in March, it was agreed not to renew the grant to the"
            " Brockley Youth Trust this year.",
            "it was agreed not to renew the grant to the Brockley Youth Trust this year.",
        ),
        (
            "Resolved not to object to the proposed bus stop.",
            "Resolved not to object to the proposed bus stop.",
        ),
        (
            "Agreed not to support the request for a mirror at Elm Lane.",
            "Agreed not to support the request for a mirror at Elm Lane.",
        ),
        (
            "The quotes were considered. Resolved not to proceed until the spring.",
            "Resolved not to proceed until the spring.",
        ),
        (
            "Members considered the request and RESOLVED not to make a donation.",
            "RESOLVED not to make a donation.",
        ),
    ],
)
def test_a_decision_against_is_the_decision(text: str, decision: str) -> None:
    found = resolution(lines_of(text))
    assert found is not None
    assert (found.text, found.line) == (decision, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk said it was agreed by the County Council not to close the lane.",
        "Cllr Amos noted that agreed not to was the wording used last year.",
        "It was noted not to park on the green.",
        "Members were reminded not to discuss the item outside the meeting.",
    ],
)
def test_no_decision_against(text: str) -> None:
    assert resolution(lines_of(text)) is None
