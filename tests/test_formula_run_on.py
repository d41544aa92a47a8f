"""The decision word in capitals, with its dash or colon, run on after other words."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.formula_run_on import formula_run_on
from minutebook.parsing.resolutions import capitals_in_sentence, decision_start, resolution


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (
            "SECONDED by Councillor R Pennant RESOLVED - That the Minutes of 3rd March be adopted.",
            "RESOLVED - That the Minutes",
        ),
        (
            "Seconded by Cllr T Ashworth RESOLVED – That the grant of £200 be paid.",
            "RESOLVED – That the grant",
        ),
        (
            "MINUTES OF THE LAST MEETING RESOLVED: The minutes of 4 May were confirmed.",
            "RESOLVED: The minutes",
        ),
        ("Proposed by Cllr Ode AGREED: To renew the hall lease.", "AGREED: To renew"),
    ],
)
def test_formula_run_on_after_words(line: str, words: str) -> None:
    start = formula_run_on(line)
    assert start is not None
    assert line[start:].startswith(words)
    assert capitals_in_sentence(line)
    assert line[decision_start(line) :].startswith(words)


@pytest.mark.parametrize(
    "line",
    [
        "The Chair said the matter was resolved - the fence is mended.",  # lower case
        "The officer's advice RECOMMENDED: That the scheme be refused.",  # advice
        "The report was noted. RESOLVED: That the report be noted.",  # after a stop
        "Grass cutting quotation – AGREED",  # the word closes the line
        "RESOLVED – That the accounts be paid.",  # at the line's start
        "Councillor Ash said the Board RESOLVED – in 2019 – to sell.",  # no capital after
    ],
)
def test_not_run_on(line: str) -> None:
    assert formula_run_on(line) is None


def test_minute_decision_from_run_on_block() -> None:
    body = [
        Line(14, "It was PROPOSED by Councillor D Vaughan"),
        Line(15, "SECONDED by Councillor R Pennant RESOLVED - That the Minutes of 3rd March"),
        Line(16, "are adopted as a true record."),
    ]
    found = resolution(body)
    assert found is not None
    assert found.line == 15
    assert found.text.startswith("RESOLVED - That the Minutes of 3rd March")
    assert found.text.endswith("true record.")
