"""Apologies listed one a line under "... were received from:", each with its substitute."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import apology_for_whom, read_attendance_lists

APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _read(texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


def test_each_line_is_an_apology_and_its_substitute() -> None:
    assert _read(
        [
            "Apologies for absence were received from:",
            "",
            "Councillor Ann Reid, for whom Councillor Ben Moss was substitute;",
            "",
            "Councillor Cara Lowe, for whom Councillor Dev Hart was substitute.",
            "",
            "2. MINUTES",
        ]
    ) == [
        (3, APOLOGIES, "Councillor Ann Reid", None),
        (3, SUBSTITUTE, "Councillor Ben Moss", "substitute for Councillor Ann Reid"),
        (5, APOLOGIES, "Councillor Cara Lowe", None),
        (5, SUBSTITUTE, "Councillor Dev Hart", "substitute for Councillor Cara Lowe"),
    ]


def test_a_substitute_sentence_outside_a_list_of_apologies_is_only_a_substitute() -> None:
    assert _read(["Councillor Ann Reid, for whom Councillor Ben Moss was substitute."]) == [
        (1, SUBSTITUTE, "Councillor Ben Moss", "substitute for Councillor Ann Reid"),
    ]


def test_the_line_must_open_with_the_absent_member() -> None:
    text = "Councillor Ann Reid, for whom Councillor Ben Moss was substitute;"
    assert apology_for_whom(text, "Councillor Ann Reid")
    assert not apology_for_whom(f"It was noted that {text}", "Councillor Ann Reid")
