"""The agenda's text a committee system's record quotes above an item's "Minutes:" label."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_apologies_and_substitutes
from minutebook.parsing.attendance_quoted_agenda import minuted_text_only

REMINDER = (
    "Members are reminded that a member unable to attend may send a substitute, and "
    "are asked to secure the attendance of one wherever possible."
)


def _body(*texts: str) -> list[Line]:
    return [Line(20 + k, text) for k, text in enumerate(texts)]


def test_the_lines_above_the_label_are_blanked_keeping_their_numbers() -> None:
    body = _body(REMINDER, "", "Minutes:", "", "Cllr A Reid.")
    kept = minuted_text_only(body)
    assert kept is not None
    assert [(li.number, li.text) for li in kept] == [
        (20, ""),
        (21, ""),
        (22, ""),
        (23, ""),
        (24, "Cllr A Reid."),
    ]


def test_no_label_or_nothing_above_it_changes_nothing() -> None:
    assert minuted_text_only(_body(REMINDER, "Cllr A Reid.")) is None
    assert minuted_text_only(_body("Minutes:", "Cllr A Reid.")) is None
    # "Minutes: of the last meeting" is a sentence, not the label alone
    assert minuted_text_only(_body("To approve the", "Minutes: of the last meeting")) is None


def _apologies(body: list[Line]) -> list[tuple[AttendanceRole, str, int]]:
    part = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    read_apologies_and_substitutes(part, body, "f.txt", Diagnostics(), "Apologies")
    return [(f.role, f.as_written, f.line) for f in part.attendance]


def test_the_names_under_the_label_are_the_apologies() -> None:
    body = _body(REMINDER, "", "Minutes:", "", "Cllr A Reid and Mrs B Moss.")
    assert _apologies(body) == [
        (AttendanceRole.APOLOGIES, "Cllr A Reid", 24),
        (AttendanceRole.APOLOGIES, "Mrs B Moss", 24),
    ]
