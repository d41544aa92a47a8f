"""Names of two columns run together by the converter: the lost space is put back."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.names import split_name_list
from minutebook.parsing.names_glued import unglued_titles


def _read(texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


def test_title_glued_to_a_name_or_a_bracket() -> None:
    assert unglued_titles("Cllr A. ReidCllr B. Moss") == "Cllr A. Reid Cllr B. Moss"
    assert unglued_titles("Cllr A. Reid (Mayor)Cllr B. Moss") == "Cllr A. Reid (Mayor) Cllr B. Moss"
    assert unglued_titles("Mrs C Lowe (Observer)and Mrs D Hart") == (
        "Mrs C Lowe (Observer) and Mrs D Hart"
    )
    # nothing glued: unchanged; a title inside a word is no title
    assert unglued_titles("Cllr A Reid, Cllr B Moss") == "Cllr A Reid, Cllr B Moss"
    assert unglued_titles("Ms Amsden, Mr Adams") == "Ms Amsden, Mr Adams"


def test_glued_columns_split_into_names() -> None:
    entries = split_name_list("Cllr A. Reid (Mayor)Cllr B. Moss")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Cllr A. Reid", "Mayor"),
        ("Cllr B. Moss", None),
    ]


def test_present_list_in_two_glued_columns() -> None:
    found = _read(
        [
            "PRESENT:Cllr A. Reid (Mayor)Cllr B. Moss",
            "",
            "Cllr C. LoweCllr D. E. Hart",
            "",
            "Cllr F. Gill",
        ]
    )
    assert [(n, name) for n, _, name, _ in found] == [
        (1, "Cllr A. Reid"),
        (1, "Cllr B. Moss"),
        (3, "Cllr C. Lowe"),
        (3, "Cllr D. E. Hart"),
        (5, "Cllr F. Gill"),
    ]
    assert {role for _, role, _, _ in found} == {AttendanceRole.PRESENT}
