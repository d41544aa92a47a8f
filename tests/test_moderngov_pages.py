"""The committee system's web pages and printed minutes (ModernGov): the rules that read
their link labels, application references, posts, passive and lobbying declarations,
agenda-item pages and attendance heading (zoo: minutes-moderngov-*)."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import attendance_of, lines_of
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.content_kind import kind_by_content
from minutebook.parsing.declaration_lists import passive_declarers
from minutebook.parsing.declarations import lobbying_only
from minutebook.parsing.headers import MINUTES_VERBS
from minutebook.parsing.minute_headings import bare_numbered, number_alone
from minutebook.parsing.minutes import parse_minutes
from minutebook.parsing.names import post_of, split_name_list
from minutebook.parsing.openings import without_meeting_kind
from minutebook.parsing.public_speakers import spoken_sentences
from minutebook.parsing.run_in_capitals import run_in_capitals
from minutebook.parsing.sentence_openings import sentence_opening
from minutebook.parsing.web_item_pages import (
    item_page_heading,
    item_page_opening,
    without_directions_link,
)


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, text) for k, text in enumerate(texts)]


def test_file_link_label_is_no_part_of_a_minute_title() -> None:
    lines = _lines("59\tMinutes of the meeting held on 6 February 2024  PDF 180 KB", "Minutes:")
    heading = bare_numbered(lines, 0, lines[0].text)
    assert heading is not None and heading.title == "Minutes of the meeting held on 6 February 2024"
    lines = _lines("43.", "Minutes of the previous meeting pdf icon PDF 230 KB", "Minutes:")
    heading = number_alone(lines, 0, lines[0].text)
    assert heading is not None and heading.title == "Minutes of the previous meeting"


def test_application_reference_before_a_dash_is_no_run_in_title() -> None:
    text = "60\t23/01410/FUL - Boathouse and slipway, Riverside Walk, Orlingford"
    assert run_in_capitals(_lines(text), 0, text) is None
    text = "512 WELCOME AND APOLOGIES - The Chairman welcomed members."
    found = run_in_capitals(_lines(text), 0, text)
    assert found is not None and found.title == "WELCOME AND APOLOGIES"


def test_a_post_of_the_council_is_a_capacity_not_an_organisation() -> None:
    assert post_of("Leader of the Council")
    assert post_of("Deputy Leader of the Council")
    assert not post_of("Westmere Borough Council")
    assert not post_of("Friends of the Earth")
    (entry,) = split_name_list("Councillor Martin Greaves (Leader of the Council) (Chair)")
    assert entry.capacity is not None and entry.capacity.startswith("Leader of the Council")
    (entry,) = split_name_list("Councillor Ann Reid (Chair) (Westmere Borough Council)")
    assert entry.capacity == "Chair" and entry.organisation == "Westmere Borough Council"


def test_a_speaker_whose_part_is_an_aside() -> None:
    body = _lines(
        "Mr Colin Archer spoke in objection and Ms Nadia Frost, the applicant's agent, spoke",
        "in support of the application.",
    )
    assert [(s.name, s.part) for s in spoken_sentences(body)] == [
        ("Mr Colin Archer", None),
        ("Ms Nadia Frost", None),
    ]


def test_declarations_made_by_several_members_in_the_passive() -> None:
    (line,) = _lines(
        "Declarations of interest were made by Councillor Lorna Fitch and Councillor Ravi"
        " Chandran in relation to item 45 (Kelmarsh Community Lottery)."
    )
    assert [d.as_written for d in passive_declarers(line, "42")] == [
        "Councillor Lorna Fitch",
        "Councillor Ravi Chandran",
    ]
    (one,) = _lines("A personal interest was declared by Councillor P Lowe in item 5.")
    assert passive_declarers(one, "3") == []  # one name: the one-name rules read it


def test_a_statement_of_lobbying_is_no_declaration_of_interest() -> None:
    assert lobbying_only("Councillor Amira Castell declared that she had been lobbied on item 6.")
    assert not lobbying_only(
        "Councillor Moss declared an interest as he had been lobbied by his employer."
    )
    assert not lobbying_only("Councillor Moss declared a personal interest in item 6.")


def test_an_agenda_item_page_is_one_minute_of_its_meeting() -> None:
    lines = _lines(
        "Agenda item",
        "",
        "Declarations of Interest",
        "",
        "Meeting: 04/02/2025 - Overview and Scrutiny Committee (Item 34)",
        "",
        "Minutes:",
        "",
        "Councillor A Vale declared an interest in item 37 as a board member of Tilbrook Homes.",
    )
    opening = item_page_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.line) == (
        "Overview and Scrutiny Committee",
        dt.date(2025, 2, 4),
        None,
        5,
    )
    assert item_page_heading(lines, 2) == ("34", "Declarations of Interest")
    assert item_page_heading(lines, 4) is None  # the meeting line itself
    assert kind_by_content(lines) is DocumentKind.MINUTES


def test_a_title_without_the_page_heading_is_no_item_page() -> None:
    lines = _lines("Cabinet", "", "Meeting: 04/02/2025 - Cabinet (Item 3)")
    assert item_page_heading(lines, 0) is None
    assert item_page_opening(_lines("Meeting: 31/02/2025 - Cabinet")) is None  # no such day


def test_an_attendance_details_heading_over_labelled_lists_is_not_warned_empty() -> None:
    text = "Attendance Details\n\nPresent:\nCouncillor A Reid (Chair) and Councillor B Moss\n"
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    diagnostics = Diagnostics()
    parse_minutes(part, "f.txt", diagnostics)
    assert [a.as_written for a in part.attendance] == ["Councillor A Reid", "Councillor B Moss"]
    assert not [d for d in diagnostics.items if d.code == "attendance-without-names"]


def test_an_attendance_table_with_notes_and_officers_marked_present() -> None:
    text = (
        "Attendance\n\n"
        "Attendee\tRole\tAttendance\tNotes\n"
        "Councillor Ann Vickery\tChair\tPresent\t\n"
        "Councillor Cora Lindell\tCommittee Member\tApologies\t\n\n"
        "Officers\n\n"
        "Attendee\tRole\tAttendance\tNotes\n"
        "Gail Norris\tLicensing Manager\tPresent\t\n"
    )
    assert attendance_of(text) == [
        (AttendanceRole.PRESENT, "Councillor Ann Vickery", "Chair", 4),
        (AttendanceRole.APOLOGIES, "Councillor Cora Lindell", "Committee Member", 5),
        (AttendanceRole.IN_ATTENDANCE, "Gail Norris", "Licensing Manager", 10),
    ]


def test_a_labelled_web_record_outweighs_the_agenda_text_it_quotes() -> None:
    lines = lines_of(
        "Agenda and minutes\n\n1.\nApologies\nTo receive apologies for absence.\nMinutes:\n"
        "Apologies for absence were received from Councillor A Reid.\n\n"
        "2.\nMinutes pdf icon PDF 104 KB\n"
        "To confirm the minutes of the meeting held on 9 January 2024.\nMinutes:\n"
        "RESOLVED: That the minutes be confirmed.\n\n3.\nBudget\n"
        "To consider the report of the Director.\nTo note the forecast.\nMinutes:\nNoted.\n"
    )
    assert kind_by_content(lines) is DocumentKind.MINUTES
    assert sentence_opening(lines, MINUTES_VERBS) is None  # the minutes it cites are older


def test_the_directions_link_is_no_part_of_the_venue() -> None:
    assert without_directions_link("Town Hall, Main Street, Exton. View directions") == (
        "Town Hall, Main Street, Exton"
    )
    assert without_directions_link("Committee Room 2") == "Committee Room 2"
    assert without_directions_link(None) is None


def test_the_kind_of_meeting_before_a_comma_is_no_part_of_the_body() -> None:
    assert without_meeting_kind("Extraordinary Meeting, Council") == "Council"
    assert without_meeting_kind("Budget Meeting, Full Council") == "Full Council"
    assert without_meeting_kind("Licensing Committee") == "Licensing Committee"
    assert without_meeting_kind("Extraordinary, Cabinet") == "Cabinet"  # the kind alone
    assert without_meeting_kind("Special, Full Council") == "Full Council"
    assert without_meeting_kind("Special Educational Needs Panel") == (
        "Special Educational Needs Panel"
    )


def test_an_issue_page_with_its_meeting_line_and_label_is_a_record() -> None:
    lines = lines_of(
        "Issue - meetings\n\nMinutes of the Executive\n\n"
        "Meeting: 20/09/2017 - Council (Item 52)\n\n"
        "52 To receive the minutes of the meeting of the Executive held on 6 September 2017\n\n"
        "Minutes:\n\nThe minutes of the Executive's meeting were received for information.\n"
    )
    assert kind_by_content(lines) is DocumentKind.MINUTES
    assert kind_by_content(lines_of("Minutes:\n\nTo receive the minutes.\n")) is None
