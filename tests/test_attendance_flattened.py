"""A two-column "Member | Authority" attendance table flattened onto one run of text."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_flattened import flattened_table

PRESENT = AttendanceRole.PRESENT
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _rows(text: str) -> list[tuple[str, str | None, bool]] | None:
    found = flattened_table(text)
    if found is None:
        return None
    return [(m.entry.as_written, m.entry.capacity, m.substitute) for m in found]


def test_pairs_after_commas_are_names_and_authorities() -> None:
    text = (
        "Cllr A Reid, Northdown District Council Cllr Mrs B Moss, Eastwold Borough "
        "Council (Chairman) Mr C Lowe, Co-opted Member Cllr D Pym (substitute), "
        "Westmarsh and Fenbridge Council"
    )
    assert _rows(text) == [
        ("Cllr A Reid", "Northdown District Council", False),
        ("Cllr Mrs B Moss", "Eastwold Borough Council, Chairman", False),
        ("Mr C Lowe", "Co-opted Member", False),
        ("Cllr D Pym", "Westmarsh and Fenbridge Council", True),
    ]


def test_pairs_without_commas_split_after_the_surname() -> None:
    text = (
        "Councillor Ann Reid Northdown District Council Councillor Ben Moss Eastwold "
        "Borough Council Cty Cllr C J Lowe Fenshire Fire Authority"
    )
    assert _rows(text) == [
        ("Councillor Ann Reid", "Northdown District Council", False),
        ("Councillor Ben Moss", "Eastwold Borough Council", False),
        ("Cty Cllr C J Lowe", "Fenshire Fire Authority", False),
    ]


def test_an_ordinary_list_of_names_is_not_a_table() -> None:
    assert (
        _rows("Cllr A Reid (Chairman), Cllr B Moss, Cllr C Lowe (Vice-Chairman), Mr D Pym") is None
    )
    assert (
        _rows(
            "Cllr A Reid (Northdown Council), Cllr B Moss (Eastwold Council), "
            "Cllr C Lowe (Fen Council)"
        )
        is None
    )


def test_a_sentence_or_a_short_run_is_not_a_table() -> None:
    sentence = (
        "Cllr A Reid said that Cllr B Moss had written to Northdown Council and Cllr C Pym agreed"
    )
    assert _rows(sentence) is None
    assert _rows("Cllr A Reid, Northdown Council Cllr B Moss, Eastwold Council") is None  # two
    # one piece that is not a pair spoils the run: it is left whole to the name reader
    assert (
        _rows(
            "Cllr A Reid, Northdown Council Cllr B Moss Cllr C Lowe, Fen Council "
            "Mr D Pym, Co-opted Member"
        )
        is None
    )
    assert (
        _rows(
            "The Panel met. Cllr A Reid, Northdown Council Cllr B Moss, Fen Council "
            "Mr D Pym, Co-opted Member"
        )
        is None
    )


def test_the_present_list_reads_the_table_with_its_lines() -> None:
    lines = [
        Line(1, "Present: Cllr A Reid, Northdown District Council Cllr Mrs B Moss,"),
        Line(
            2,
            "Eastwold Borough Council Mr C Lowe, Co-opted Member Cllr D Pym (substitute), "
            "Fen Council",
        ),
    ]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance] == [
        (PRESENT, "Cllr A Reid", "Northdown District Council", 1),
        (PRESENT, "Cllr Mrs B Moss", "Eastwold Borough Council", 1),
        (PRESENT, "Mr C Lowe", "Co-opted Member", 2),
        (SUBSTITUTE, "Cllr D Pym", "Fen Council", 2),
    ]
