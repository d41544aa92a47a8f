"""Apologies under a sub-item of a minute titled otherwise, and dotted honours."""

from __future__ import annotations

from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_for_item
from minutebook.parsing.attendance_sub_item_apologies import apologies_paragraph
from minutebook.parsing.names import split_name_list


def _lines(texts: list[str]) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


def test_paragraph_opening_with_the_apologies_sentence() -> None:
    body = _lines(
        [
            "1(1) Apologies",
            "",
            "Apologies were received from Councillors Ann Reid (Wyke Council)",
            "and Ben Moss (Hexton Council).",
            "",
            "1(2) Disclosures",
        ]
    )
    found = apologies_paragraph(body)
    assert found is not None and [li.number for li in found] == [3, 4]
    assert apologies_paragraph(_lines(["The Panel noted the apologies."])) is None


def test_sub_item_apologies_read_once() -> None:
    body = _lines(["1(1) Apologies", "", "Apologies were received from Councillor Ann Reid."])
    part = Part(kind=DocumentKind.OTHER, title="", lines=body, layout="minutes")
    read_attendance_for_item(part, "1", body, "General")
    assert [(f.role, f.as_written) for f in part.attendance] == [
        (AttendanceRole.APOLOGIES, "Councillor Ann Reid")
    ]
    read_attendance_for_item(part, "2", body, "Any Other Business")  # already recorded
    assert len(part.attendance) == 1


def test_dotted_honour_stays_with_its_name() -> None:
    entries = split_name_list("A. Reid, B. Moss, J.P., C. Lowe")
    assert [e.as_written for e in entries] == ["A. Reid", "B. Moss, J.P.", "C. Lowe"]
