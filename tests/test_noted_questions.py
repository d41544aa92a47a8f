"""Questions whose receipt the minutes only note, naming the asker (`noted_questions`)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.noted_questions import noted_questions


def _lines(*texts: str, first: int = 1) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, first)]


def test_receipt_of_questions_submitted_by_an_asker() -> None:
    """The sentence noting the receipt is the record; its paragraph number is not."""
    body = _lines(
        "12.1 The Chair acknowledged receipt of two public questions submitted by Mrs A",
        "Fenn. Written answers are on the Authority's website.",
        first=40,
    )
    [question] = noted_questions(body, "12/24")
    assert (question.asker_as_written, question.organisation_name, question.line) == (
        "Mrs A Fenn",
        None,
        40,
    )
    assert question.text.startswith("The Chair acknowledged receipt of two public questions")
    assert question.minute_number == "12/24"


def test_a_question_received_from_an_asker_about_a_subject() -> None:
    """The asker's body in brackets is kept; a short "about ..." may follow the name; a
    second paragraph's sentence starts on its own line."""
    body = _lines(
        "A question was received from Mr T Ravel (Brook Cycle Forum) about the bus lane.",
        "",
        "The Panel noted that Questions had been tabled by Cllr Ann Lee regarding speed",
        "cameras.",
    )
    found = noted_questions(body, "4")
    assert [(q.asker_as_written, q.organisation_name, q.line) for q in found] == [
        ("Mr T Ravel", "Brook Cycle Forum", 1),
        ("Cllr Ann Lee", None, 3),
    ]


def test_a_receipt_followed_by_the_question_is_left_to_other_readers() -> None:
    """'who asked ...' or a colon gives the question's words: not a noted receipt; nor is
    a sentence naming no titled asker."""
    body = _lines(
        "One question was received from Mrs P Quayle, who asked when the cameras would work.",
        "",
        "The following question was submitted by Mr Tom Reed:",
        "",
        "Two questions had been received from members of the public.",
    )
    assert noted_questions(body, "5") == []
