"""An apologies sentence in a narrow column, broken after a name's title."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import names_go_on_to_next_line, read_attendance_lists


def test_a_line_ending_on_a_title_goes_on() -> None:
    assert names_go_on_to_next_line("Councillor Dunn, Mrs Hale JP and Mr")
    assert names_go_on_to_next_line("Councillor Dunn and Councillor")
    assert not names_go_on_to_next_line("Councillor Dunn and Mrs Hale JP")


def test_the_name_broken_after_its_title_is_whole() -> None:
    lines = [
        Line(3, "APOLOGIES FOR ABSENCE"),
        Line(4, "Apologies for absence were received from Councillor"),
        Line(5, "Reid, Councillor Moss, Councillor Lowe,"),
        Line(6, "Councillor Ash, Mrs Pike JP and Mr"),
        Line(7, "Dunn OBE JP"),
        Line(8, "DECLARATIONS OF INTERESTS"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    found = [(f.role, f.as_written) for f in part.attendance]
    assert found[-2:] == [
        (AttendanceRole.APOLOGIES, "Mrs Pike JP"),
        (AttendanceRole.APOLOGIES, "Mr Dunn OBE JP"),
    ]
