"""A front sheet's attendance flattened onto one line, the minutes after it."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_run_on_sheet import run_on_sheet

SHEET = (
    "PRESENT: Councillor Ann Reid, Councillor Ben Moss and Councillor Cara Lowe Magistrate "
    "Members Mr Dev Hart JP and Mr Eve Dunn JP Independent Members Miss Fay Gill and "
    "Mr Gus Hale MBE OFFICIALS : Mr Joe Kerr and Mrs Kay Lamb (CE) Mr Lee Mott and "
    "Miss Nia Owen (CC) 41 APOLOGIES FOR ABSENCE Apologies for absence were received "
    "from Mr Ola Park JP. 42 DECLARATIONS OF INTERESTS There were none."
)


def test_the_sheet_is_cut_into_its_lines() -> None:
    assert [line.text for line in run_on_sheet([Line(2, SHEET)])] == [
        "PRESENT: Councillor Ann Reid, Councillor Ben Moss and Councillor Cara Lowe",
        "Magistrate Members: Mr Dev Hart JP and Mr Eve Dunn JP",
        "Independent Members: Miss Fay Gill and Mr Gus Hale MBE",
        "OFFICIALS: Mr Joe Kerr (CE), Mrs Kay Lamb (CE)",
        "Mr Lee Mott (CC), Miss Nia Owen (CC)",
        "41 APOLOGIES FOR ABSENCE Apologies for absence were received from Mr Ola Park JP. "
        "42 DECLARATIONS OF INTERESTS There were none.",
    ]


def test_a_long_list_alone_is_left_whole() -> None:
    names = ", ".join(f"Councillor A Name{chr(65 + n)}" for n in range(12))
    line = Line(3, f"PRESENT: {names} and Councillor B Last")
    assert run_on_sheet([line]) == [line]


def test_the_sheet_read_as_lists() -> None:
    lines = [Line(2, SHEET)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    found = [(f.role, f.as_written, f.capacity) for f in part.attendance]
    assert found == [
        (AttendanceRole.PRESENT, "Councillor Ann Reid", None),
        (AttendanceRole.PRESENT, "Councillor Ben Moss", None),
        (AttendanceRole.PRESENT, "Councillor Cara Lowe", None),
        (AttendanceRole.PRESENT, "Mr Dev Hart JP", "Magistrate Members"),
        (AttendanceRole.PRESENT, "Mr Eve Dunn JP", "Magistrate Members"),
        (AttendanceRole.PRESENT, "Miss Fay Gill", "Independent Members"),
        (AttendanceRole.PRESENT, "Mr Gus Hale MBE", "Independent Members"),
        (AttendanceRole.IN_ATTENDANCE, "Mr Joe Kerr", "CE"),
        (AttendanceRole.IN_ATTENDANCE, "Mrs Kay Lamb", "CE"),
        (AttendanceRole.IN_ATTENDANCE, "Mr Lee Mott", "CC"),
        (AttendanceRole.IN_ATTENDANCE, "Miss Nia Owen", "CC"),
        (AttendanceRole.APOLOGIES, "Mr Ola Park JP", None),
    ]
