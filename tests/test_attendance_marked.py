"""Attendance as a grid of labelled name columns with a '* Denotes Member present' key."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance_marked import marked_attendance

GRID = (
    "Chair:           * Councillor Pia Lindqvist\n"
    "\n"
    "Councillors:     * Omar Haddad                 * Lena Brook (2)\n"
    "                   Ivor Penrose                * Tilly Marr\n"
    "\n"
    "Co-opted:        * Mr Dev Raman (Kinship Carers' Forum)\n"
    "\n"
    "* Denotes Member present\n"
    "(2) Denotes category of Reserve Member\n"
    "\n"
    "In attendance    Ama Owusu                  Head of Fostering\n"
    "(Officers):      Ben Yates                  Committee Officer\n"
    "\n"
    "1.  Reserve members\n"
    "Ordinary Member                 Reserve Member\n"
    "Councillor Rhys Vaughan         Councillor Lena Brook\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_marked_names_are_present_reserves_substitute_and_officers_attend() -> None:
    lines = _lines(GRID)
    read = marked_attendance(lines[:13], lines)
    assert read is not None
    assert [(f.role.value, f.as_written, f.capacity, f.line) for f in read[0]] == [
        ("present", "Councillor Pia Lindqvist", "Chair", 1),
        ("present", "Omar Haddad", None, 3),
        ("substitute", "Lena Brook", "substitute for Councillor Rhys Vaughan", 3),
        ("present", "Tilly Marr", None, 4),
        ("present", "Mr Dev Raman", "Kinship Carers' Forum", 6),
        ("in_attendance", "Ama Owusu", "Head of Fostering", 11),
        ("in_attendance", "Ben Yates", "Committee Officer", 12),
    ]


def test_without_the_key_asterisks_mean_nothing() -> None:
    """No key printed: the grid is left to the ordinary reader."""
    lines = _lines(GRID.replace("* Denotes Member present\n", ""))
    assert marked_attendance(lines, lines) is None


def test_a_key_with_no_labelled_grid_above_it_reads_nothing() -> None:
    lines = _lines("The Panel met.\n\n* Denotes Member present\n")
    assert marked_attendance(lines, lines) is None
