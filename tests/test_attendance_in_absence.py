"""A bracket after an apology naming who attended in the member's absence."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_in_absence import stood_in_absence


def _read(texts: list[str]) -> list[tuple[AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_the_deputy_of_each_wording_is_read() -> None:
    assert stood_in_absence("Mr C Hale, Finance Director attended in his absence") == "Mr C Hale"
    assert stood_in_absence("Dr E Rowe attended in her place") == "Dr E Rowe"
    assert stood_in_absence("Ms F Lyle deputised on his behalf") == "Ms F Lyle"
    assert stood_in_absence("Mr G Ash, Borough Council attended as a substitute") == "Mr G Ash"
    assert stood_in_absence("Cllr H Pike attended in substitution") == "Cllr H Pike"


def test_a_bracket_that_names_no_deputy_is_none() -> None:
    assert stood_in_absence("Chief Officer, Wyke Trust") is None
    assert stood_in_absence("work commitments") is None
    assert stood_in_absence("attended in his absence") is None


def test_the_deputy_substitutes_for_the_member_sending_apologies() -> None:
    found = _read(
        [
            "Apologies for absence were received from Mr T Quill (Mr D Vane, Clinical"
            " Lead attended in his absence), Ms R Oddie (Ms J Penn attended as substitute)"
            " and Mrs L Marr, NHS Eastvale.",
        ]
    )
    assert found == [
        (AttendanceRole.APOLOGIES, "Mr T Quill", None),
        (AttendanceRole.SUBSTITUTE, "Mr D Vane", "substitute for Mr T Quill"),
        (AttendanceRole.APOLOGIES, "Ms R Oddie", None),
        (AttendanceRole.SUBSTITUTE, "Ms J Penn", "substitute for Ms R Oddie"),
        (AttendanceRole.APOLOGIES, "Mrs L Marr", "NHS Eastvale"),
    ]
