"""Questions headed by their asker (`parsing.questions`): 'Question 1 - Cllr X (Org)',
'Question 2 from Mr Y, Org', 'Question from Cllr Z to the Cabinet Member for ...'; and
questions reported as sentences: 'Councillor X asked whether ...', 'Q. Mrs Y asked the
following question:-'."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import Line, SourceDocument
from minutebook.parsing import parse_document
from minutebook.parsing.questions import asker_and_organisation, headed_questions
from minutebook.parsing.reading import SourceText

QUESTIONS = Path(__file__).parent / "fixtures" / "questions"


def _read(name: str) -> SourceDocument:
    text = (QUESTIONS / name).read_text(encoding="utf-8")
    return parse_document(SourceText(name, "0" * 64, text), Diagnostics())


def test_questions_headed_by_their_asker_in_minutes() -> None:
    (part,) = _read("cabinet-questions-headed-by-asker.txt").parts
    assert [
        (q.number, q.asker_as_written, q.organisation_name, q.text[:40], q.line, q.minute_number)
        for q in part.questions
        if q.minute_number != "18"  # points listed under a member: the test below
    ] == [
        ("1", "Mrs Wendy Tarrant", "Ormside Residents' Association",
         "Will the Cabinet restore the Saturday op", 7, "14"),
        ("2", "Councillor Dev Sandhu", "Ormside Town Council",
         "What progress has been made on the cycle", 14, "14"),
        (None, "Cllr Paula Greer", None, "How many empty homes were brought back i", 22, "15"),
        (None, "Councillor Rhys Morgan", "Ormside North Ward",
         "whether the car parks in the town centre", 38, "17"),
        (None, "Mrs Anne Devlin", None, "When will the branch library in Westgate", 40, "17"),
    ]  # fmt: skip
    # a question running over two lines is read to its question mark, not into the answer
    assert part.questions[0].text.endswith("before the summer holidays?")
    # a question reported as a sentence ends where the answer begins; 'A Member' is no asker
    assert part.questions[3].text.endswith("would stay free on Sundays.")


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("Cllr Ann Lee (Fenby Town Council) to the Police and Crime Commissioner",
         ("Cllr Ann Lee", "Fenby Town Council")),
        ("Mr Tom Reed to the Cabinet Member for Highways", ("Mr Tom Reed", None)),
        ("Councillor Raj Patel, Brook County Council",
         ("Councillor Raj Patel", "Brook County Council")),
        ("(Cllr Lee Fox, Fenby Town Council)", ("Cllr Lee Fox", "Fenby Town Council")),
        ("the Chair", None),
        ("Not a person", None),
    ],
)  # fmt: skip
def test_the_asker_and_their_organisation(
    who: str, expected: tuple[str, str | None] | None
) -> None:
    assert asker_and_organisation(who) == expected


def test_a_question_headed_by_its_number_and_asker_in_brackets() -> None:
    lines = [
        Line(1, "Question 3 (Cllr Lee Fox, Fenby Town Council)"),
        Line(2, ""),
        Line(3, "When will the footbridge reopen?"),
    ]
    [question] = headed_questions(lines, "9")
    assert (question.number, question.asker_as_written, question.organisation_name) == (
        "3", "Cllr Lee Fox", "Fenby Town Council",
    )  # fmt: skip
    assert question.text == "When will the footbridge reopen?"


def test_points_listed_under_a_member_are_their_questions() -> None:
    (part,) = _read("cabinet-questions-headed-by-asker.txt").parts
    listed = [q for q in part.questions if q.minute_number == "18"]
    assert [(q.asker_as_written, q.organisation_name, q.text, q.line) for q in listed] == [
        ("Councillor Gita Rowe", "Ormside South Ward",
         "the cost of the new leisure centre roof.", 53),
        ("Councillor Gita Rowe", "Ormside South Ward", "parking charges at the country park.", 54),
        ("Councillor Hal Tovey", None, "whether bus shelters would be repaired.", 57),
    ]  # fmt: skip
