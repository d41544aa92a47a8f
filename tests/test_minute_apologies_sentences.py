"""A numbered minute that is one apologies sentence: its subject is its title."""

from __future__ import annotations

from minute_fixtures import attendance_of, lines_of
from minutebook.model import AttendanceRole
from minutebook.parsing.minute_apologies_sentences import apologies_sentence_heading
from minutebook.parsing.minute_headings import minute_headings


def test_the_sentences_subject_is_the_title_and_the_sentence_its_text() -> None:
    assert apologies_sentence_heading(
        "1. Apologies for absence were received from Councillors A Reid & B Moss."
    ) == ("1", "Apologies for absence", "Apologies for absence were received from "
          "Councillors A Reid & B Moss.")  # fmt: skip
    assert apologies_sentence_heading("4 Apologies had been received from Cllr Reid.") == (
        "4",
        "Apologies",
        "Apologies had been received from Cllr Reid.",
    )


def test_other_numbered_sentences_are_no_such_heading() -> None:
    for text in (
        "1. Apologies for Absence",
        "1. Apologies: Cllr A Reid",
        "2. Members were received by the Mayor.",
        "Apologies were received from Cllr Reid.",
    ):
        assert apologies_sentence_heading(text) is None, text


def test_the_minute_and_its_apologies_are_read() -> None:
    text = (
        "Present … Councillors: Ann Reid (In the Chair), Bob Moss & Cal Lowe.\n"
        "\n"
        "In attendance … Dee Hart – Parish Clerk. Two members of the public.\n"
        "\n"
        "1. Apologies for absence were received from Councillors Eve Pym & Fay Rule.\n"
        "\n"
        "2. Declarations of interest … There were none.\n"
    )
    assert [(h.number, h.title) for h in minute_headings(lines_of(text))] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
    ]
    facts = [(role, name) for role, name, _, _ in attendance_of(text)]
    assert facts == [
        (AttendanceRole.PRESENT, "Ann Reid"),
        (AttendanceRole.PRESENT, "Bob Moss"),
        (AttendanceRole.PRESENT, "Cal Lowe"),
        (AttendanceRole.IN_ATTENDANCE, "Dee Hart"),
        (AttendanceRole.APOLOGIES, "Eve Pym"),
        (AttendanceRole.APOLOGIES, "Fay Rule"),
    ]
