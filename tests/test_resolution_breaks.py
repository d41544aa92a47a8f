"""Decisions read across a line break or under a label naming their kind: a motion whose
outcome the line's end pushed to the next line, and "Delegated decision:" over its text."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.resolutions import Resolution, resolution


def test_motion_broken_before_its_outcome_is_the_decision() -> None:
    body = lines_of(
        "Members discussed the lease.\n\n"
        "It was proposed by Councillor A Bell, seconded by Councillor C Dunn and\n"
        "agreed to recommend that the lease be renewed."
    )
    found = resolution(body)
    assert found is not None
    assert found.line == 3
    assert found.text.startswith("It was proposed by Councillor A Bell")
    assert found.text.endswith("agreed to recommend that the lease be renewed.")


def test_motion_with_its_outcome_on_the_line_is_read_as_before() -> None:
    body = lines_of("Proposed by Cllr A, seconded by Cllr B and unanimously approved.")
    found = resolution(body)
    assert found is not None and found.line == 1


def test_motion_broken_before_a_bare_outcome_decides_nothing() -> None:
    """ "... seconded by Cllr B" / "and agreed." names no decision: none is read."""
    body = lines_of("Payment was proposed by Cllr A, seconded by Cllr B\nand agreed.")
    assert resolution(body) is None


def test_delegated_decision_label_heads_the_decision_under_it() -> None:
    """ "Delegated decision:" names the decision's kind: the decision is the text under it."""
    body = lines_of("Delegated decision:\n\nThat the annual accounts be approved.")
    assert resolution(body) == Resolution("That the annual accounts be approved.", 3)


def test_delegated_decision_over_numbered_clauses() -> None:
    body = lines_of(
        "Key decision:\n\n1. That the plan be approved.\n\n2. That officers report back."
    )
    found = resolution(body)
    assert found is not None and found.line == 3
    assert found.text == "1. That the plan be approved. 2. That officers report back."


def test_the_minutes_paragraph_number_after_a_formula_alone_is_no_part_of_it() -> None:
    """ "2.1 RESOLVED" over "2.1.1That the minutes ...": the decision's words start at
    "That"; a clause's own "(1)" stays, as the decision prints it."""
    glued = resolution(lines_of("2.1 RESOLVED\n\n2.1.1That the minutes be approved."))
    assert glued is not None and glued.text == "RESOLVED That the minutes be approved."
    spaced = resolution(lines_of("3.1 RESOLVED\n\n3.1.1 That the report be noted."))
    assert spaced is not None and spaced.text == "RESOLVED That the report be noted."
    clause = resolution(lines_of("RESOLVED\n\n(1) That the report be noted."))
    assert clause is not None and clause.text.endswith("(1) That the report be noted.")


def test_a_vote_carried_by_the_body_is_its_decision() -> None:
    """ "The Council voted in favour of ...", at the line's start or as a sentence after
    another on it; a vote against, or a count of votes, is read as before."""
    alone = resolution(lines_of("The Council voted in favour of ordering a new bench."))
    assert alone is not None and alone.text.startswith("The Council voted in favour of")
    text = "Bench Report – presented by DC. The Council voted to obtain two more quotes."
    after = resolution(lines_of(text))
    assert after is not None and after.text.startswith("The Council voted to obtain")
    assert resolution(lines_of("The Council voted against the motion.")) is None


def test_a_field_label_before_the_bodys_decision_is_no_part_of_it() -> None:
    """ "Action: The Council RESOLVED to ...": a parish template's field label, then the
    body's decision and the motion that carried it."""
    body = lines_of(
        "Cllr Dunn sent his apologies.\n\n"
        "Action: The Council RESOLVED to accept the apology as given. Proposed by Cllr Moss, "
        "seconded by Cllr Reid and approved unanimously."
    )
    found = resolution(body)
    assert found is not None and found.line == 3
    assert found.text.startswith("The Council RESOLVED to accept the apology as given.")


def test_the_body_ratifying_adopting_or_accepting_decides() -> None:
    """ "The Council ratified ...", "The Committee adopted ...", "The Council accepted ...":
    each verb is the body's decision, as "agreed" is; "The Council discussed" is not."""
    for text in (
        "The Council ratified the minutes of the following committees:",
        "The Committee adopted the revised grants policy.",
        "The Council accepted apologies and reasons for absence from Cllr A Reid.",
    ):
        found = resolution(lines_of(text))
        assert found is not None and found.text.startswith(text[:20]), text
    assert resolution(lines_of("The Council discussed the state of the verges.")) is None
