"""The minutes confirmed in a sentence after another on the same line."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.confirmed_inside import confirmed_inside
from minutebook.parsing.resolutions import minutes_confirmed, resolution


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (
            "To record the minutes held on 3.2.21 as a true record of the meeting. The minutes"
            " of the previous meeting were agreed as a true and accurate record.",
            "The minutes of the previous meeting were agreed as a true and accurate record.",
        ),
        (
            "Approval of minutes of 4th March 2022: The minutes were read, approved and signed"
            " as a true record as proposed by KT, seconded by LM.",
            "The minutes were read, approved and signed as a true record as proposed by KT,"
            " seconded by LM.",
        ),
        (
            "Minutes of the last meeting:- THE MINUTES of the meeting held on 9 May were"
            " approved and signed.",
            "THE MINUTES of the meeting held on 9 May were approved and signed.",
        ),
    ],
)
def test_the_confirmation_after_a_sentence_is_the_decision(text: str, decision: str) -> None:
    at = confirmed_inside(text, minutes_confirmed)
    assert at is not None
    assert text[at:] == decision
    found = resolution(lines_of(text))
    assert found is not None
    assert (found.text, found.line) == (decision, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Amos asked whether the minutes were approved at the last meeting.",
        "The Clerk circulated the papers. The minutes of the Allotment Society were received.",
        "To approve the minutes of the meeting held on 3 May 2022.",
        "The report was noted. The minute's silence was observed for Mr Hale.",
        "Members discussed the draft. the minutes were approved later.",
    ],
)
def test_other_lines_hold_no_confirmation_inside(text: str) -> None:
    assert confirmed_inside(text, minutes_confirmed) is None


def test_a_confirmation_opening_the_line_is_read_from_its_start() -> None:
    text = "The minutes of 2 May were approved. The minutes of 9 May were approved."
    found = resolution(lines_of(text))
    assert found is not None
    assert found.text.startswith("The minutes of 2 May")


def test_a_boards_coded_paragraph_number_opens_no_sentence() -> None:
    """ "107/19/01" (minute 107/19, its paragraph 01) before the confirmation is the
    paragraph's number: the sentence after it is the decision."""
    text = "107/31/01 The minutes of the last Board meeting held on 4 May were approved."
    assert minutes_confirmed(text)
    found = resolution(lines_of(text))
    assert found is not None and found.line == 1
