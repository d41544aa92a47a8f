"""A register of members marked P (present) or A (absent) flattened onto the minutes'
opening line: read as the lists of those present and absent, the opening kept."""

from __future__ import annotations

from pathlib import Path

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance_register_marks import register_lines
from minutebook.parsing.splitting import detect_minutes

QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "flattened-register-after-the-opening.txt"


def test_the_register_becomes_its_lists_on_the_same_line() -> None:
    marked = [("P", "A Reid"), ("A", "B Moss"), ("P", "P Lowe"), ("P", "D Hart"), ("P", "E Pym")]
    marked.append(("A", "F Ward"))
    run = " ".join(f"{mark} Councillor {name}" for mark, name in marked)
    text = f"MINUTES OF X HELD ON 8TH OCTOBER 2013 {run}"
    lines, furniture = register_lines([Line(4, text), Line(5, "")])
    assert furniture == []
    assert [(line.number, line.text) for line in lines] == [
        (4, "MINUTES OF X HELD ON 8TH OCTOBER 2013"),
        (4, "Present: Councillor A Reid; Councillor P Lowe; Councillor D Hart; Councillor E Pym"),
        (4, "Absent: Councillor B Moss; Councillor F Ward"),
        (5, ""),
    ]


def test_initials_and_a_short_run_are_no_register() -> None:
    for text in (
        "Present: Councillor P Abbot, Councillor A Birch and Councillor P Cole",
        "P Councillor A Reid P Councillor B Moss A Councillor C Lowe",  # too few marks
        "Item A Update Plan A Budget Plan P Strategy Plan A Review Plan P Audit Plan P Risk",
    ):
        assert register_lines([Line(1, text)])[0] == [Line(1, text)]


def test_minutes_opened_by_a_pack_stamp_read_their_meeting_and_register() -> None:
    part = parse_text(QUIRK.read_text("utf-8"))
    assert part.kind.value == "minutes"
    assert part.meeting is not None
    assert (part.meeting.body_name, str(part.meeting.date)) == (
        "KELBRIDGE CITY COUNCIL",
        "2013-10-08",
    )
    present = [
        (a.as_written, a.capacity) for a in part.attendance if a.role is AttendanceRole.PRESENT
    ]
    assert present[:3] == [
        ("Councillor Ann Reid", "The Lord Mayor"),
        ("Ben Moss", "The Mayor"),
        ("Councillor P Abbot", None),
    ]
    assert len(present) == 9
    absent = [a.as_written for a in part.attendance if a.role is AttendanceRole.ABSENT]
    assert absent == ["Councillor M Cole", "Councillor A Hart", "Councillor N Lowe"]
    in_attendance = [
        a.as_written for a in part.attendance if a.role is AttendanceRole.IN_ATTENDANCE
    ]
    assert in_attendance == ["Alderman Rowe", "Alderman Shaw"]


def test_under_a_hosts_title_the_stamped_minutes_are_one_paper_of_minutes() -> None:
    opening = QUIRK.read_text("utf-8").split("\n")[0]  # an excerpt ending in the register
    hosted = (
        "AGENDA ITEM NO. 3(I) MINUTES of FULL COUNCIL MEETING OF\n"
        "Total Page:12\nFile Type:pdf, Size:880Kb\n" + opening + "\n"
    )
    part = parse_text(hosted)
    assert part.kind.value == "minutes"
    assert part.meeting is not None
    assert (part.meeting.body_name, part.meeting.line) == ("KELBRIDGE CITY COUNCIL", 4)


def test_a_pack_stamp_before_minutes_of_a_capitalised_kind_opens_minutes() -> None:
    title = "AGENDA ITEM NO. 3(i) MINUTES OF FULL COUNCIL MEETING OF KELBRIDGE CITY COUNCIL HELD"
    lines = [Line(4, f"{title} AT 6.00 PM ON 8TH OCTOBER 2013"), Line(5, "")]
    start = detect_minutes(lines, 0)
    assert start is not None and start.kind.value == "minutes"
    assert detect_minutes([Line(1, "AGENDA ITEM NO. 3(i) BUDGET REPORT"), Line(2, "")], 0) is None
