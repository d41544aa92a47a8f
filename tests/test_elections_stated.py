"""'Ms A Reed was elected as Chair of the Parish Council.': an election told as a fact."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.elections_stated import election_stated
from minutebook.parsing.resolutions import resolution


@pytest.mark.parametrize(
    "text",
    [
        "Ms Pell was elected as Chair of the Parish Council (proposed Mr Orme, seconded Mrs Tay).",
        "Cllr D Farrow was duly elected Chairman for the ensuing year.",
        "Dr Quayle was elected as Vice Chair of the Town Council.",
        "Councillor Hana Brisk was re-elected as Town Mayor.",
        "Mr Ivo Lund, being the only Member willing to serve, was elected Chairman.",
        # appointed to the chair, as a forum or panel records it
        "Mr Philip Vane was appointed Chairman of the Forum for the ensuing year.",
        "Mrs Ada Kell was appointed Deputy Chairman of the Forum.",
        # the outcome declared, the office named after it
        "Councillor B Orme was declared as Vice-Chairman.",
        "Cllr Ivo Lund was declared to be Chairman for the ensuing year.",
    ],
)
def test_an_election_stated_opens_the_decision(text: str) -> None:
    assert election_stated(text) == 0


def test_the_election_s_sentence_after_another_on_its_line() -> None:
    text = "The Clerk invited nominations. Cllr Rowe was elected Chairman unanimously."
    assert election_stated(text) == text.index("Cllr Rowe")


@pytest.mark.parametrize(
    "text",
    [
        "The Chair reported that Cllr Amos had been elected Chairman of the Forum.",
        "Cllr Amos, who was elected Chair last year, welcomed everyone.",
        "He was elected Chairman.",
        "Cllr Amos was elected Chairman of the Allotment Society at its AGM.",
        "Mrs Nye was elected Leader by the County Council in May.",
        "Cllr Amos was elected to the District Council at the by-election.",
        "Members noted that Cllr Amos was elected Chair of the Panel.",
        "Mr Vane was appointed to the Board of the Trust.",  # no office of the meeting's
        "Mr Vane was appointed Chairman of the Trust by the County Council.",
    ],
)
def test_other_elections_are_not_the_meeting_s(text: str) -> None:
    assert election_stated(text) is None


def test_the_election_is_the_minute_s_decision_before_a_later_agreement() -> None:
    body = lines_of(
        "Mrs Kell was elected as Chair of the Parish Council (proposed Mr Orme, seconded Dr"
        " Tay) and it was AGREED to suspend Standing Order 4.\n"
    )
    found = resolution(body)
    assert found is not None
    assert found.text.startswith("Mrs Kell was elected as Chair of the Parish Council")


@pytest.mark.parametrize(
    "text",
    [
        "Cllr. Nora Vale was elected unopposed.",
        "Cllr P Oakes was elected by 6 votes to 3.",
        "Mrs Reid was elected by four votes with two abstentions.",
        "Mrs Dunne was declared elected.",
        "Councillor Ivo Lund was duly declared elected.",
        "Cllr Ann Pell was elected by a majority vote subject to her declaration of office.",
    ],
)
def test_an_election_s_outcome_without_its_office(text: str) -> None:
    assert election_stated(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "All seven councillors were elected unopposed at the May elections.",
        "Cllr Amos was elected unopposed for the Brookside Ward.",
        "The Clerk reported that Mr Tay was declared elected.",
        "She was elected unopposed.",
        "Cllr Amos was declared elected to the District Council.",
    ],
)
def test_seats_filled_by_voters_are_no_election_of_the_meeting(text: str) -> None:
    assert election_stated(text) is None


def test_the_outcome_is_the_minute_s_decision() -> None:
    body = lines_of(
        "Nominations: Cllr Rowe (prop Cllr Amos, sec Cllr Tay)\n"
        "Cllr Pell (prop Cllr Orme, sec Cllr Kell)\n"
        "Cllr Pell was elected by 5 votes to 4.\n"
    )
    found = resolution(body)
    assert found is not None
    assert found.text.startswith("Cllr Pell was elected by 5 votes to 4")
    assert found.line == 3


def test_the_election_after_an_aside_and_a_paragraph_letter() -> None:
    text = "(The retiring Chair presided for this item.) (a) Cllr A Reed was elected Chair."
    start = election_stated(text)
    assert start is not None and text[start:].startswith("Cllr A Reed was elected")


def test_an_election_drawn_from_the_nominations_and_a_later_clause_naming_a_witness() -> None:
    text = (
        "Mrs Vale said she would stand again, and there being no other nominations, this was "
        "seconded by Mr Orme.  Mrs Vale was thus re-elected as Chairman and signed her "
        "declaration of office, witnessed by the Clerk."
    )
    assert election_stated(text) == text.index("Mrs Vale was thus")


def test_an_election_whose_sentence_ends_on_its_outcome() -> None:
    text = "In the absence of further nominations, Councillor Carter was duly appointed."
    start = election_stated(text)
    assert start is not None and text[start:].startswith("Councillor Carter was duly appointed")
    assert election_stated("Cllr T Bridgwood was elected Resolved") == 0
    assert election_stated("Councillor Carter was appointed to the board of the trust.") is None
    assert election_stated("The Clerk reported that Cllr A had been appointed.") is None


def test_a_declaration_naming_no_office_is_no_election() -> None:
    assert election_stated("Cllr A Reid declared an interest as Chairman of the Trust.") is None
    assert election_stated("The meeting was declared closed at 9pm.") is None


def test_an_initials_stop_before_the_surname_ends_no_sentence() -> None:
    """ "Councillor  K. Lowe was re-elected": the stop after an initial is no sentence's end,
    so the election's sentence starts at the title, not at the surname."""
    text = "One nomination was made. Councillor  K. Lowe was elected Vice-Chairman again."
    assert election_stated(text) == text.index("Councillor")
