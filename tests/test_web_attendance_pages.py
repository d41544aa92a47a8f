"""A committee system's attendance page (ModernGov's "Attendance"): the meeting named in
its heading, one record of who came, no minutes (zoo: minutes-moderngov-attendance-page)."""

from __future__ import annotations

import datetime as dt

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line
from minutebook.parsing.minutes import parse_minutes
from minutebook.parsing.splitting import split
from minutebook.parsing.web_attendance_pages import roll_attendance, roll_page_start

TABBED = (
    "Ashgrove Borough Council\n\nMeeting attendance\n\n"
    "Planning Committee\nTuesday, 14th January, 2025 7.00 pm\n\n"
    "Attendance details\n\n"
    "Attendee\tRole\tAttendance\n"
    "Councillor Ellen Brightwater\tChair\tPresent\n"
    "Councillor Kasim Noor\tVice-Chair\tApologies\n"
    "Councillor Jane Oduya\tCommittee Member\tAbsent\n"
    "Councillor Lewis Hartigan\tCommittee Member\tPresent as substitute\n"
    "Councillor Patricia Bell\tAlso present\tIn attendance\n"
    "Sally Vickers\tOfficer\tIn attendance\n\n"
    "Other pages in this section\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def _facts(text: str) -> list[tuple[AttendanceRole, str, str | None, int]]:
    found = roll_attendance(_lines(text))
    assert found is not None
    return [(a.role, a.as_written, a.capacity, a.line) for a in found[0]]


def test_a_tabbed_attendance_table_gives_each_row_its_role() -> None:
    assert _facts(TABBED) == [
        (AttendanceRole.PRESENT, "Councillor Ellen Brightwater", "Chair", 11),
        (AttendanceRole.APOLOGIES, "Councillor Kasim Noor", "Vice-Chair", 12),
        (AttendanceRole.ABSENT, "Councillor Jane Oduya", "Committee Member", 13),
        (AttendanceRole.SUBSTITUTE, "Councillor Lewis Hartigan", None, 14),
        (AttendanceRole.ALSO_PRESENT, "Councillor Patricia Bell", None, 15),
        (AttendanceRole.IN_ATTENDANCE, "Sally Vickers", None, 16),
    ]


def test_cells_one_a_line_and_piped_rows_are_the_same_table() -> None:
    stacked = "Cabinet - Monday, 3rd March, 2025 6.00 pm\n\nAttendee\nRole\nAttendance\n"
    stacked += "Councillor Ann Reid\nChair\nPresent\nBen Moss\nOfficer\nIn attendance\n"
    assert _facts(stacked) == [
        (AttendanceRole.PRESENT, "Councillor Ann Reid", "Chair", 6),
        (AttendanceRole.IN_ATTENDANCE, "Ben Moss", None, 9),
    ]
    piped = "Cabinet - Monday, 3rd March, 2025 6.00 pm\n| Attendee | Role | Attendance |\n"
    piped += "|---|---|---|\n| Councillor Ann Reid | Substitute | Present |\n"
    piped += "| Councillor Ben Moss | Substitute for Councillor Cara Lowe | Present |\n"
    assert _facts(piped) == [
        (AttendanceRole.SUBSTITUTE, "Councillor Ann Reid", None, 4),
        (
            AttendanceRole.SUBSTITUTE,
            "Councillor Ben Moss",
            "substitute for Councillor Cara Lowe",
            5,
        ),
    ]


def test_an_expected_attendee_of_a_meeting_to_come_is_no_attendance() -> None:
    text = "Cabinet - Monday, 3rd March, 2025 6.00 pm\nAttendee\tRole\tAttendance\n"
    text += "Councillor Ann Reid\tChair\tExpected\n"
    text += "Councillor Ben Moss\tCommittee Member\tExpected\n"
    assert _facts(text) == []


def test_the_page_is_one_meeting_record_without_minutes() -> None:
    lines = _lines(TABBED)
    assert roll_page_start(lines) == 9
    (part,) = split(lines)
    assert part.kind is DocumentKind.MINUTES and part.first_line == 1
    diagnostics = Diagnostics()
    parse_minutes(part, "f.txt", diagnostics)
    assert part.minutes == []
    assert part.meeting is not None and part.meeting.date == dt.date(2025, 1, 14)
    assert part.meeting.body_name == "Ashgrove Borough Council Planning Committee"
    assert part.meeting.venue is None  # "Attendance details" is the page's heading
    assert len(part.attendance) == 6
    assert not [d for d in diagnostics.items if d.code == "minutes-without-minutes"]


def test_a_table_without_a_dated_heading_or_rows_is_no_attendance_page() -> None:
    assert roll_page_start(_lines("Attendee\tRole\tAttendance\nAnn Reid\tChair\tPresent")) is None
    assert roll_attendance(_lines("Attendee\tRole\tAttendance\n\nThe Chair welcomed all.")) is None


def test_a_second_table_under_its_heading_and_empty_role_cells_are_read() -> None:
    text = "Cabinet - Monday, 3rd March, 2025 6.00 pm\nAttendee\tRole\tAttendance\n"
    text += "Councillor Ann Reid\tChair\tPresent\nCouncillor Ben Moss\t\tDid not attend\n\n"
    text += "Officers\n\nAttendee\tRole\tAttendance\nCara Lowe\tOfficer\tAttended virtually\n"
    assert _facts(text) == [
        (AttendanceRole.PRESENT, "Councillor Ann Reid", "Chair", 3),
        (AttendanceRole.ABSENT, "Councillor Ben Moss", None, 4),
        (AttendanceRole.IN_ATTENDANCE, "Cara Lowe", None, 9),
    ]
    stacked = "Cabinet - Monday, 3rd March, 2025 6.00 pm\nAttendee\nRole\nAttendance\n"
    stacked += "Councillor Ann Reid\nPresent\nCouncillor Ben Moss\nCommittee Member\nApologies\n"
    assert _facts(stacked) == [
        (AttendanceRole.PRESENT, "Councillor Ann Reid", None, 5),
        (AttendanceRole.APOLOGIES, "Councillor Ben Moss", "Committee Member", 7),
    ]


def test_a_meeting_line_heads_the_page_as_well() -> None:
    text = "Wyke Council\n\nAttendance\n\nMeeting: 12/03/2025 - Cabinet\n\n"
    text += "Attendee\tRole\tAttendance\nCouncillor Ann Reid\tChair\tPresent\n"
    (part,) = split(_lines(text))
    parse_minutes(part, "f.txt", Diagnostics())
    assert part.meeting is not None and part.meeting.date == dt.date(2025, 3, 12)
    assert part.meeting.body_name == "Wyke Council Cabinet"
    assert [a.as_written for a in part.attendance] == ["Councillor Ann Reid"]


def test_printed_minutes_setting_the_table_over_their_minutes_are_no_page() -> None:
    table = "Attendee\tRole\tAttendance\nCouncillor Ann Reid\tChair\tPresent\n\n"
    opening = "Minutes of the meeting of the Cabinet held on 3 March 2025\n\n"
    assert roll_page_start(_lines(opening + table)) is None  # a record's own opening
    heading = "Cabinet - Monday, 3rd March, 2025 6.00 pm\n\n"
    assert roll_page_start(_lines(heading + table + "4. Budget\n\nNoted.\n")) is None
    assert roll_page_start(_lines(heading + table + "Contact us\n")) == 2


def test_the_heading_on_one_line_with_a_comma_or_over_the_date() -> None:
    table = "Attendee\tRole\tAttendance\nCouncillor Ann Reid\tChair\tPresent\n"
    for head, body in (
        ("Attendance\n\nCabinet, 14th January, 2025\n\n", "Cabinet"),
        ("Wyke District Council\nAttendance details\nCabinet\nTuesday, 14th January, 2025\n",
         "Wyke District Council Cabinet"),
    ):  # fmt: skip
        (part,) = split(_lines(head + table))
        parse_minutes(part, "f.txt", Diagnostics())
        assert part.meeting is not None and part.meeting.body_name == body
        assert part.meeting.date == dt.date(2025, 1, 14) and part.meeting.venue is None
