"""A sentence of the record run on after the last name of an attendance list."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import opens_attendance, read_attendance_lists
from minutebook.parsing.attendance_after_opening import cut_after_opening
from minutebook.parsing.attendance_trailing_sentences import cut_trailing_sentences

LIST = (
    "PRESENT: Councillors A Reid; B Moss (Deputy Mayor) and C Lowe (Mayor) In attendance: "
    "D Pym (Town Clerk); Mrs E Hart (Civic Officer) Observing: Mr F Gale (Town Ranger)"
)


def _read(text: str) -> list[tuple[AttendanceRole, str, str | None]]:
    lines = [Line(9, text)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_the_lists_are_read_before_the_sentence_run_on_after_them() -> None:
    text = f"{LIST} Canon Gale offered a few words on the duties of public service."
    assert _read(text) == [
        (AttendanceRole.PRESENT, "A Reid", None),
        (AttendanceRole.PRESENT, "B Moss", "Deputy Mayor"),
        (AttendanceRole.PRESENT, "C Lowe", "Mayor"),
        (AttendanceRole.IN_ATTENDANCE, "D Pym", "Town Clerk"),
        (AttendanceRole.IN_ATTENDANCE, "Mrs E Hart", "Civic Officer"),
        (AttendanceRole.ALSO_PRESENT, "Mr F Gale", "Town Ranger"),
    ]


def test_the_cut_keeps_every_word_and_the_line_number() -> None:
    text = f"{LIST} Canon Gale offered a few words."
    cut = cut_trailing_sentences([Line(9, text)], opens_attendance)
    assert [(line.number, line.text) for line in cut] == [
        (9, LIST),
        (9, "Canon Gale offered a few words."),
    ]


def test_an_arrival_a_bracket_and_a_figure_before_the_sentence_leave_the_line_whole() -> None:
    for text in (
        "Present: Cllr A Reid, Cllr B Moss arrived at the start of item 4",
        "Present: Cllr A Reid (Mr Hale chaired the first item), Cllr B Moss",
        "Apologies: Cllr A Reid 25. ELECTION OF CHAIR Cllr B Moss thanked members for it.",
    ):
        assert cut_trailing_sentences([Line(1, text)], opens_attendance) == [Line(1, text)]


def test_the_list_run_on_after_the_records_opening_sentence() -> None:
    """ "On Tuesday 20 th July 2010 a Meeting of X was held in V at 7.00 pm PRESENT: ...":
    the line is cut before the label when the words before it state the meeting."""
    text = (
        "On Tuesday 20 th July 2010 a Meeting of Fenby Council was held in the Village Hall "
        "at 7.00 pm PRESENT: Cllrs A Reid (Chair); Mrs B Moss; C Lowe"
    )
    assert [(f[0], f[1]) for f in _read(text)] == [
        (AttendanceRole.PRESENT, "A Reid"),
        (AttendanceRole.PRESENT, "Mrs B Moss"),
        (AttendanceRole.PRESENT, "C Lowe"),
    ]
    assert cut_after_opening([Line(1, "The Panel was told who was PRESENT: all of them")]) == [
        Line(1, "The Panel was told who was PRESENT: all of them")
    ]
