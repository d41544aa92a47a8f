"""A numbered minute whose heading is an attendance label with its names on its line."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole
from minutebook.parsing import parse_document
from minutebook.parsing.reading import SourceText

PRESENT = AttendanceRole.PRESENT


def _attendance(body: str) -> list[tuple[AttendanceRole, str, int]]:
    text = (
        "Minutes of the Meeting of Wyke Community Council held on 3 March 2019 at the Hall\n\n"
        + body
        + "\n\nMinute no. 4 – Footpaths\n\nThe Clerk reported on the stiles.\n"
    )
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    return [(a.role, a.as_written, a.line) for p in document.parts for a in p.attendance]


def test_a_minute_heading_that_lists_those_present() -> None:
    found = _attendance("Minute no. 1 – Members Present Councillors: A Reid, B Moss, C Lowe")
    assert found == [(PRESENT, "A Reid", 3), (PRESENT, "B Moss", 3), (PRESENT, "C Lowe", 3)]


def test_names_of_initials_without_commas_in_the_heading() -> None:
    found = _attendance("Minute no. 1 – Members Present Councillors: A Reid B Moss C D Lowe")
    assert [name for _, name, _ in found] == ["A Reid", "B Moss", "C D Lowe"]


def test_a_minute_titled_by_its_label_alone_lists_nobody_from_the_title() -> None:
    found = _attendance("Minute no. 1 – Apologies for Absence\n\nNone were received.")
    assert found == []
