"""Councillors listed under "In Attendance", with no list of those present."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import label_line, read_attendance_lists
from minutebook.parsing.attendance_members_attending import members_attending

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
APOLOGIES = AttendanceRole.APOLOGIES


def _read(texts: list[str]) -> list[tuple[AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_councillors_in_attendance_with_no_present_list_are_present() -> None:
    assert _read(
        [
            "In Attendance:",
            "Councillor B Moss",
            "Councillor C Lowe",
            "Also in Attendance:",
            "Mr D Hart, Chief Executive",
            "Apologies:",
            "Councillor F Yorke",
        ]
    ) == [
        (PRESENT, "Councillor B Moss", None),
        (PRESENT, "Councillor C Lowe", None),
        (IN_ATTENDANCE, "Mr D Hart", "Chief Executive"),
        (APOLOGIES, "Councillor F Yorke", None),
    ]


def test_the_councillor_in_the_chair_above_the_list_is_present_in_the_chair() -> None:
    listed = ["In Attendance:", "Councillor B Moss", "Also in Attendance:", "Mr D Hart, Clerk"]
    expected = [
        (PRESENT, "Councillor A Reid", "Chair"),
        (PRESENT, "Councillor B Moss", None),
        (IN_ATTENDANCE, "Mr D Hart", "Clerk"),
    ]
    assert _read(["In the Chair:", "Councillor A Reid", *listed]) == expected
    assert _read(["In the Chair: Councillor A Reid", *listed]) == expected


def test_bracketed_groups_split_councillors_from_officials() -> None:
    assert _read(
        [
            "In attendance: (Councillors)",
            "Councillor B Moss",
            "Councillor C Lowe",
            "(Officials)",
            "Mrs E Ward, Democratic Services Officer",
        ]
    ) == [
        (PRESENT, "Councillor B Moss", None),
        (PRESENT, "Councillor C Lowe", None),
        (IN_ATTENDANCE, "Mrs E Ward", "Democratic Services Officer"),
    ]


def test_names_on_the_label_line() -> None:
    assert _read(["In Attendance: Cllrs A Reid and B Moss"]) == [
        (PRESENT, "A Reid", None),
        (PRESENT, "B Moss", None),
    ]


def test_in_attendance_under_a_present_list_stays_in_attendance() -> None:
    texts = [
        "Present: Councillors A Reid and B Moss",
        "In attendance: Councillor C Lowe (Cabinet Member)",
    ]
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    assert members_attending(lines, label_line) == lines


def test_a_present_list_after_it_keeps_the_usual_reading() -> None:
    texts = [
        "In attendance: Councillor C Lowe (Portfolio Holder)",
        "Members present: Councillors A Reid and B Moss",
    ]
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    assert members_attending(lines, label_line) == lines


def test_officers_in_attendance_first_are_not_members() -> None:
    texts = ["In attendance:", "Mr D Hart (Clerk)", "Ms E Ward (Planning Officer)"]
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    assert members_attending(lines, label_line) == lines


def test_a_qualified_label_is_not_the_members_list() -> None:
    texts = ["Also in attendance:", "Councillor C Lowe"]
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    assert members_attending(lines, label_line) == lines


def test_the_chairs_civic_office_before_the_first_councillor() -> None:
    """ "In Attendance: THE LORD MAYOR Councillor A Reid" over the council's members: the
    office in capitals is the first member's, and the list is still the members'."""
    assert _read(
        [
            "In Attendance: THE LORD MAYOR Councillor A Reid",
            "",
            "Councillor B Moss Councillor C Lowe",
            "",
            "Apologies submitted Councillor F Yorke",
        ]
    )[:3] == [
        (PRESENT, "Councillor A Reid", "THE LORD MAYOR"),
        (PRESENT, "Councillor B Moss", None),
        (PRESENT, "Councillor C Lowe", None),
    ]


NUMBERED = """FENBY COMMUNITY COUNCIL

Minutes of the Council Meeting
3rd March 2024
Venue Church Hall
1 In Attendance
Councillors A Reid (AR) Chair, B Moss (BM) Vice-Chair, C Lowe (CL),
D Hart (DH), E Kerr (EK)
Jo Park The clerk was in attendance.
2 Apologies
Councillor F Tull
3 Declarations of Interest
None.
"""


def test_an_in_attendance_minute_opening_with_councillors_lists_those_present() -> None:
    """Numbered as the first minute, with no list of those present before it: the
    councillors' lines (the list going on after a comma) are present, the clerk after
    them in attendance."""
    from opening_facts import parsed

    part = parsed(NUMBERED).parts[0]
    assert [(a.role, a.as_written) for a in part.attendance] == [
        (AttendanceRole.PRESENT, "A Reid"),
        (AttendanceRole.PRESENT, "B Moss"),
        (AttendanceRole.PRESENT, "C Lowe"),
        (AttendanceRole.PRESENT, "D Hart"),
        (AttendanceRole.PRESENT, "E Kerr"),
        (AttendanceRole.IN_ATTENDANCE, "Jo Park"),
        (AttendanceRole.APOLOGIES, "Councillor F Tull"),
    ]
    officers = NUMBERED.replace("Councillors A Reid (AR) Chair,", "Ms A Reid (AR) Chair,")
    assert {a.role for a in parsed(officers).parts[0].attendance} == {
        AttendanceRole.IN_ATTENDANCE,
        AttendanceRole.APOLOGIES,
    }
