"""'CARRIED: 7 for, 2 against.' over 'THAT THE MINUTES ... BE ACCEPTED': the vote's clause."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.model import Line
from minutebook.parsing.resolutions import resolution
from minutebook.parsing.splitting import detect_dated_title

RECORD = (
    "Resolution Record No. 12/03\n"
    "Proposed by Cllr. A Reid and seconded by Cllr. B Moss.\n"
    "CARRIED: 7 for 2 against.\n"
    "THAT THE MINUTES OF THE MEETING OF THE TOWN COUNCIL OF TUESDAY\n"
    "3 MAY 2011 BE ACCEPTED AND SIGNED AS A TRUE RECORD.\n"
    "Cllr. C Dunn asked about the bus shelter.\n"
)


def test_the_clause_under_a_carried_vote_is_the_decision() -> None:
    found = resolution(lines_of(RECORD))
    assert found is not None
    assert found.line == 4
    assert found.text == (
        "THAT THE MINUTES OF THE MEETING OF THE TOWN COUNCIL OF TUESDAY 3 MAY 2011 BE"
        " ACCEPTED AND SIGNED AS A TRUE RECORD."
    )


def test_a_clause_under_any_other_line_is_no_vote_s_decision() -> None:
    text = RECORD.replace("CARRIED: 7 for 2 against.", "The Clerk read the motion aloud.")
    found = resolution(lines_of(text))
    assert found is None or found.line != 4


def test_the_clause_s_date_on_its_next_line_opens_no_paper() -> None:
    lines = lines_of(RECORD)
    assert detect_dated_title([Line(x.number, x.text) for x in lines], 4) is None
