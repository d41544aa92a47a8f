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


MOVER_OVER_MOTION = (
    "Cllr A Reid proposed, Cllr B Moss seconded:\n"
    "The minutes of the meeting held on 3 May 2023 should be APPROVED.\n"
    "CARRIED 7 in favour, 1 abstention\n"
    "Cllr C Dunn asked about the bus shelter.\n"
)


def test_a_mover_and_seconder_over_a_carried_motion_open_the_decision() -> None:
    found = resolution(lines_of(MOVER_OVER_MOTION))
    assert found is not None
    assert found.line == 1
    assert found.text.startswith("Cllr A Reid proposed, Cllr B Moss seconded")


def test_proposed_by_and_seconded_by_labels_over_a_carried_motion() -> None:
    text = MOVER_OVER_MOTION.replace(
        "Cllr A Reid proposed, Cllr B Moss seconded:",
        "Proposed by Cllr A Reid, seconded by Cllr B Moss:",
    )
    found = resolution(lines_of(text))
    assert found is not None
    assert found.line == 1


def test_a_mover_over_a_motion_with_no_outcome_decides_nothing_so() -> None:
    text = MOVER_OVER_MOTION.replace("CARRIED 7 in favour, 1 abstention\n", "")
    found = resolution(lines_of(text))
    assert found is None or found.line != 1


def test_a_motion_carried_on_a_majority_vote_is_decided_from_its_formula() -> None:
    text = (
        "It was proposed by Mr Reid, seconded by Mrs Moss and on majority vote RESOLVED that "
        "the accounts be approved.\n"
    )
    found = resolution(lines_of(text))
    assert found is not None and found.text == "RESOLVED that the accounts be approved."
