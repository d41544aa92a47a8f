"""Substitutes named in a sentence that says nobody they stood in for."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_apologies_and_substitutes
from minutebook.parsing.attendance_unpaired_substitutes import unpaired_substitutes

APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _facts(*texts: str) -> list[tuple[AttendanceRole, str, str | None]]:
    body = [Line(number=4 + k, text=text) for k, text in enumerate(texts)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    read_apologies_and_substitutes(part, body, "f.txt", Diagnostics(), "Apologies and Substitutes")
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_the_sentence_gives_its_names() -> None:
    assert unpaired_substitutes("Cllrs A Reid and B Moss attended the meeting as substitutes.") == [
        "Cllrs A Reid and B Moss"
    ]
    assert unpaired_substitutes("Councillor C Lowe attended as a substitute member.") == [
        "Councillor C Lowe"
    ]
    assert unpaired_substitutes(
        "Apologies from Cllr D Hart. Cllr E Pym attended as a substitute."
    ) == ["Cllr E Pym"]


def test_a_sentence_saying_whom_for_is_left_to_its_rule() -> None:
    assert unpaired_substitutes("Cllr A Reid attended as a substitute for Cllr B Moss.") is None
    assert unpaired_substitutes("Cllr A Reid attended as his substitute.") is None
    assert unpaired_substitutes("The Panel noted that A Reid had attended as a substitute.") is None
    assert unpaired_substitutes("Cllr A Reid attended the meeting.") is None


def test_the_substitutes_are_read_after_the_apologies() -> None:
    facts = _facts(
        "Apologies had been received from Cllrs A Reid and B Moss.",
        "Cllrs C Lowe and D Hart attended the meeting as substitutes.",
    )
    assert facts == [
        (APOLOGIES, "A Reid", None),
        (APOLOGIES, "B Moss", None),
        (SUBSTITUTE, "C Lowe", None),
        (SUBSTITUTE, "D Hart", None),
    ]


def test_a_substitute_on_the_apologies_line() -> None:
    facts = _facts(
        "Apologies were received from Cllr A Reid. Cllr B Moss attended as a substitute."
    )
    assert facts == [(APOLOGIES, "Cllr A Reid", None), (SUBSTITUTE, "Cllr B Moss", None)]
