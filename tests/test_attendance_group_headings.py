"""An attendance minute titled in two languages, with its people under headings in words."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import (
    minute_of_one_role,
    read_apologies_and_substitutes,
    read_attendance_lists,
)
from minutebook.parsing.attendance_group_headings import (
    appointing_heading,
    group_heading,
    team_group,
)
from minutebook.parsing.attendance_paragraph_numbers import without_paragraph_number
from minutebook.parsing.attendance_stood_for import for_person
from minutebook.parsing.names import split_name_list

IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
APOLOGIES = AttendanceRole.APOLOGIES


def _minute(title: str, texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics(), title)
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


def test_bilingual_title_read_by_its_english_half() -> None:
    assert minute_of_one_role("Apologies for Absence / Ymddiheuriadau") is APOLOGIES
    assert minute_of_one_role("Presenoldeb / Attendance") is AttendanceRole.PRESENT
    # two roles, or no attendance title at all: no one role
    assert minute_of_one_role("Apologies / Substitutions") is None
    assert minute_of_one_role("Declarations of interest / Datganiadau") is None
    assert minute_of_one_role("Record of those Present/Apologies") is None


def test_paragraph_number_dropped() -> None:
    assert without_paragraph_number("34.1 Cllr A Reid, Cllr B Moss") == "Cllr A Reid, Cllr B Moss"
    assert without_paragraph_number("2.1   APOLOGIES") == "APOLOGIES"
    assert without_paragraph_number("2 Cllr A Reid") == "2 Cllr A Reid"


def test_heading_in_words_over_attendees() -> None:
    assert group_heading("Officers at the top table") == (
        "Officers at the top table",
        IN_ATTENDANCE,
        "",
    )
    assert group_heading("In the Public Gallery") is not None
    assert group_heading("Other people attending") is not None
    assert group_heading("Cllr A Reid, Officer") is None
    assert group_heading("The officers reported that the hall was full.") is None
    assert group_heading("Budget Monitoring") is None
    assert team_group("Wyke Youth Service")
    assert not team_group("Cllr A Reid")


def test_service_area_in_brackets_is_no_holder() -> None:
    entries = split_name_list("Ann Reid, Senior Support Officer (Democratic Services)")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Ann Reid", "Senior Support Officer (Democratic Services)")
    ]


def test_attendance_minute_with_headings_in_words() -> None:
    found = _minute(
        "Attendance / Presenoldeb",
        [
            "Attendance / Presenoldeb",
            "Minutes:",
            "Officers at the top table",
            "Ann Reid, Chief Executive",
            "Ben Moss, Monitoring Officer",
            "In the Public Gallery",
            "Carl Lowe, Head of Finance",
            "Wyke Youth Service:",
            "Dora Hart",
        ],
    )
    assert found == [
        (4, IN_ATTENDANCE, "Ann Reid", "Chief Executive"),
        (5, IN_ATTENDANCE, "Ben Moss", "Monitoring Officer"),
        (7, IN_ATTENDANCE, "Carl Lowe", "Head of Finance"),
        (9, IN_ATTENDANCE, "Dora Hart", "Wyke Youth Service"),
    ]


def test_numbered_apologies_heading_with_plural_title() -> None:
    found = _minute(
        "Apologies for Absence / Ymddiheuriadau am absenoldeb",
        ["2.1  APOLOGIES FOR ABSENCE – COUNCILLORS", "", "Ann Reid, Ben Moss and Carl Lowe."],
    )
    assert [(n, role, name) for n, role, name, _ in found] == [
        (3, APOLOGIES, "Ann Reid"),
        (3, APOLOGIES, "Ben Moss"),
        (3, APOLOGIES, "Carl Lowe"),
    ]


def _preamble(texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


def test_members_under_their_councils_with_no_label() -> None:
    assert appointing_heading("Representing Wyke Borough Council:")
    assert appointing_heading("Appointed by Hexton County Council:")
    assert not appointing_heading("Representing the Authority at the conference")
    found = _preamble(
        [
            "Representing Wyke Borough Council:",
            "Councillors Reid MBE, Moss and Lowe",
            "Representing Hexton County Council:",
            "Councillors Hart (Chair) and Gill",
            "Apologies for absence were received from Councillor Dunn.",
        ]
    )
    present = [(n, name) for n, role, name, _ in found if role is AttendanceRole.PRESENT]
    assert present == [(2, "Reid MBE"), (2, "Moss"), (2, "Lowe"), (4, "Hart"), (4, "Gill")]
    assert found[0][3] is not None and "Wyke Borough Council" in found[0][3]
    assert (5, APOLOGIES, "Councillor Dunn", None) in found


def test_present_for_a_person_is_a_substitute() -> None:
    assert for_person("for Ben Moss") == "Ben Moss"
    assert for_person("for Cllr B Moss") == "Cllr B Moss"
    assert for_person("for item 5") is None
    assert for_person("for Item 5") is None
    assert for_person("for part of the meeting") is None
    found = _preamble(["Present: Ann Reid (Chair), Carl Lowe (for Ben Moss), Dora Hart"])
    assert (1, AttendanceRole.SUBSTITUTE, "Carl Lowe", "substitute for Ben Moss") in found
