"""'It was proposed by Cllr A, seconded by Cllr B that ...': the motion as the decision."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.proposed_motions import proposed_motion
from minutebook.parsing.resolutions import resolution


def test_a_motion_with_mover_seconder_and_clause_is_the_decision() -> None:
    found = resolution(
        lines_of(
            "It was proposed by Cllr Jenner, seconded by Cllr Oakes that Cllr Pryce be"
            " appointed Chairman for the year. There being no other nominations, Cllr Pryce"
            " took the chair.\n"
        )
    )
    assert found is not None
    assert found.text.startswith("It was proposed by Cllr Jenner, seconded by Cllr Oakes that")


def test_the_decision_opens_at_it_was_after_a_title_or_a_bullet() -> None:
    found = resolution(
        lines_of(
            "Meeting of Lowbrook Parish Council held on 4 March: It was proposed by Cllr Hale"
            " that the draft minutes were a true record. This was seconded by Cllr Rook and"
            " agreed by all present.\n"
        )
    )
    assert found is not None
    assert found.text.startswith("It was proposed by Cllr Hale that the draft minutes")
    bulleted = "• It was moved by Cllr A. Vane and seconded by Cllr B. Frost that X"
    assert proposed_motion(bulleted) == 2
    assert proposed_motion("It was proposed by Cllr Ives & Cllr Dunn that Cllr Mole be Vice") == 0


def test_a_motion_lost_amended_or_opposed_is_no_decision() -> None:
    for after in (
        "On being put to the vote the motion was lost.",
        "An amendment was moved by Cllr Fenn.",
        "There were 3 votes against.",
        "There was no seconder.",
    ):
        body = lines_of(
            f"It was proposed by Cllr Hale, seconded by Cllr Rook that the hall be repainted.\n"
            f"{after}\n"
        )
        assert resolution(body) is None, after


def test_a_decision_printed_under_the_motion_is_the_decision() -> None:
    found = resolution(
        lines_of(
            "It was proposed by Cllr Fenn and seconded by Cllr Vane that Cllr Hale be elected"
            " Chairman.\n"
            "Decision\n"
            "That Cllr Hale be elected Chairman for the year.\n"
        )
    )
    assert found is not None
    assert found.text == "That Cllr Hale be elected Chairman for the year."


def test_a_clause_printed_under_a_vote_is_the_decision() -> None:
    found = resolution(
        lines_of(
            "It was proposed by Cllr Fenn and seconded by Cllr Vane that Cllr Hale be elected as\n"
            "Upon being put to the vote, it was\n"
            "That Cllr Hale be elected Chairman for the year.\n"
        )
    )
    assert found is not None
    assert found.text == "That Cllr Hale be elected Chairman for the year."


def test_a_motion_putting_the_business_off_is_none() -> None:
    assert proposed_motion("It was moved by Cllr Fenn that the item be held over to May.") is None


def test_a_reported_or_clauseless_proposal_is_none() -> None:
    reported = "The Clerk said it was proposed by Cllr Hale that the hall close"
    assert proposed_motion(reported) is None
    assert proposed_motion("It was proposed by Cllr Hale to repaint the hall") is None
    assert proposed_motion("Proposals were invited for the hall's use") is None


def test_a_motion_with_its_mover_first_and_its_seconder_after_is_the_decision() -> None:
    for text in (
        "Cllr L. Fenn proposed apologies be accepted from Cllrs Dale, Seconded Cllr Rook, All"
        " in favour.",
        "Cllr Hale proposed that the minutes of 3 May be approved as a true record, seconded"
        " Cllr Rook.",
    ):
        found = resolution(lines_of(text + "\n"))
        assert found is not None
        assert found.text == text
    assert proposed_motion("Cllr Hale proposed a new bench for the green.") is None
    assert (
        proposed_motion("Cllr Hale proposed that the item be deferred, seconded Cllr Rook.") is None
    )
