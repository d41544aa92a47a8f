"""Parsers on fixtures cut from the real documents, one quirk each."""

from __future__ import annotations

import datetime as dt

from conftest import quirk_lines
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.minutes import parse_minutes
from minutebook.parsing.names import split_name_list
from minutebook.parsing.papers import parse_board_notes, parse_standalone_report


def _part(name: str, layout: str) -> Part:
    return Part(kind=DocumentKind.OTHER, title="", lines=quirk_lines(name), layout=layout)


def test_minute_numbers_out_of_order_stay_as_printed() -> None:
    part = _part("minute-numbers-out-of-order.txt", "minutes")
    parse_minutes(part, "fixture.txt", Diagnostics())
    assert [m.number for m in part.minutes] == ["125", "115"]
    assert [m.item_code for m in part.minutes] == ["C1", "C2"]
    assert part.minutes[0].resolution == "RESOLVED: To note the verbal update."
    assert [p.number for p in part.minutes[0].paragraphs] == ["1", "2", "3", "4", "5", "6"]


def test_minute_numbers_out_of_order_are_reported_with_their_line() -> None:
    part = _part("minute-numbers-out-of-order.txt", "minutes")
    diagnostics = Diagnostics()
    parse_minutes(part, "fixture.txt", diagnostics)
    [warning] = [w for w in diagnostics.warnings if w.code == "minute-number-out-of-order"]
    assert (warning.file, warning.line) == ("fixture.txt", 12)
    assert warning.message == "minute 115 follows minute 125; kept as printed"
    # in order: nothing to say
    part = _part("item-citation-empty.txt", "minutes")
    diagnostics = Diagnostics()
    parse_minutes(part, "fixture.txt", diagnostics)
    assert not [w for w in diagnostics.warnings if w.code == "minute-number-out-of-order"]


def test_question_text_and_asker() -> None:
    part = _part("minute-numbers-out-of-order.txt", "minutes")
    parse_minutes(part, "fixture.txt", Diagnostics())
    [question] = part.questions
    assert question.asker_as_written == "Cllr Richard Palmer"
    assert question.organisation_name == "Swale Borough Council"
    assert question.text.startswith("Our High Streets and rural areas")


def test_item_citation_on_a_later_line_after_a_blank() -> None:
    part = _part("item-citation-after-blank-line.txt", "minutes")
    parse_minutes(part, "fixture.txt", Diagnostics())
    assert [(m.number, m.item_code) for m in part.minutes] == [("104", "B3")]


def test_empty_item_citation_still_makes_a_minute() -> None:
    part = _part("item-citation-empty.txt", "minutes")
    parse_minutes(part, "fixture.txt", Diagnostics())
    assert [(m.number, m.item_code) for m in part.minutes] == [("53", None), ("54", "4")]


def test_attendance_for_one_item_is_in_attendance_for_that_minute() -> None:
    """Cut from the 27 September 2022 minutes: the retiring Chief Constable is recorded
    only inside minute 53, as "in attendance for this item"."""
    part = _part("item-citation-empty.txt", "minutes")
    parse_minutes(part, "fixture.txt", Diagnostics())
    assert [(a.role, a.as_written, a.capacity, a.line, a.minute_number)
            for a in part.attendance] == [
        (AttendanceRole.IN_ATTENDANCE, "Alan Pughsley QPM", "Chief Constable, Kent Police", 5,
         "53"),
    ]  # fmt: skip
    # a sentence about attendance that is not the record of it is not attendance
    part = _part("item-citation-empty.txt", "minutes")
    for k, line in enumerate(part.lines):
        if "in attendance" in line.text:
            part.lines[k] = type(line)(line.number, "The Chair thanked all in attendance.")
    parse_minutes(part, "fixture.txt", Diagnostics())
    assert part.attendance == []


def test_damaged_name_is_kept_and_reported() -> None:
    part = _part("damaged-name-in-present-list.txt", "minutes")
    diagnostics = Diagnostics()
    parse_minutes(part, "fixture.txt", diagnostics)
    present = [a.as_written for a in part.attendance if a.role is AttendanceRole.PRESENT]
    assert "Makinson" in present and "Cllr D Keers" in present
    assert "Mr P M Hill, OBE" in present
    assert any(d.code == "damaged-name" and d.line == 5 for d in diagnostics.warnings)
    assert part.meeting is not None and part.meeting.date == dt.date(2023, 10, 17)


def test_name_list_keeps_honours_and_capacities() -> None:
    entries = split_name_list(
        "Mr P M Hill, OBE (Chairman), Mr G Sandher (Vice-Chairman) and "
        "Mr R Phillips (PCC's Chief Finance Officer, OPCC)"
    )
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Mr P M Hill, OBE", "Chairman"),
        ("Mr G Sandher", "Vice-Chairman"),
        ("Mr R Phillips", "PCC's Chief Finance Officer, OPCC"),
    ]


def test_notice_without_venue_leaves_venue_unknown() -> None:
    part = _part("notice-without-venue.txt", "agenda")
    diagnostics = Diagnostics()
    parse_agenda(part, "fixture.txt", diagnostics)
    assert part.meeting is not None
    assert part.meeting.venue is None
    assert part.meeting.time == dt.time(10, 0)
    assert part.meeting.date == dt.date(2024, 12, 18)
    assert [d.code for d in diagnostics.warnings] == ["notice-without-venue"]


def test_agenda_title_names_a_capitalised_body_in_title_case() -> None:
    # the notice prints "**KENT AND MEDWAY POLICE AND CRIME PANEL**"; str.title() gave
    # "Kent And Medway Police And Crime Panel" (found by benchmarks/accuracy.py)
    part = _part("notice-without-venue.txt", "agenda")
    parse_agenda(part, "fixture.txt", Diagnostics())
    assert part.title == "Agenda: Kent and Medway Police and Crime Panel, 18 December 2024"


def test_board_notes_attendees_in_an_html_fragment() -> None:
    part = _part("board-notes-html-attendees.txt", "board-notes")
    parse_board_notes(part, "fixture.txt", Diagnostics())
    names = {(a.role, a.as_written) for a in part.attendance}
    assert (AttendanceRole.PRESENT, "Tim Smith") in names
    assert (AttendanceRole.PRESENT, "Matthew Scott") in names
    assert (AttendanceRole.APOLOGIES, "Rob Phillips") in names
    assert part.meeting is not None and part.meeting.date == dt.date(2022, 10, 31)
    # the cell's "<p>Kent Police:</p>" heads the attendees after it
    assert [(a.as_written, a.group) for a in part.attendance] == [
        ("Matthew Scott", "Office of the Kent Police and Crime Commissioner"),
        ("Adrian Harper", "Office of the Kent Police and Crime Commissioner"),
        ("Tim Smith", "Kent Police"),
        ("Ian Drysdale", "Kent Police"),
        ("Rob Phillips", None),
    ]


def test_board_attendees_keep_the_heading_they_are_listed_under() -> None:
    """Cut from the 2 October 2024 notes: "Kent Police:" on a line of its own over its
    bulleted attendees."""
    part = _part("board-notes-numbered-sections.txt", "board-notes")
    parse_board_notes(part, "fixture.txt", Diagnostics())
    groups = [(a.as_written, a.group) for a in part.attendance]
    assert groups[0] == ("Matthew Scott", "Office of the Kent Police and Crime Commissioner")
    assert ("Tim Smith", "Kent Police") in groups


def test_standalone_report_is_filed_for_the_board_meeting() -> None:
    part = _part("ordinal-superscript-standalone-report.txt", "standalone-report")
    # the cleaning rule runs first in the pipeline; do the same here
    from minutebook.parsing.cleaning import flatten_ordinal_superscripts

    part.lines, _ = flatten_ordinal_superscripts(part.lines)
    parse_standalone_report(part, "fixture.txt", Diagnostics())
    assert part.meeting is not None
    assert "Performance and Delivery Board" in part.meeting.body_name
    assert part.date == dt.date(2022, 9, 14)
    # printed in capitals; small words stay lower case ("and", not "And")
    assert part.title == "Making Kent Safer Plan: Delivery and Performance"


def test_board_notes_action_table() -> None:
    part = _part("board-notes-action-table.txt", "board-notes")
    parse_board_notes(part, "fixture.txt", Diagnostics())
    assert [(a.text, a.status, a.owner, a.due) for a in part.actions] == [
        (
            "Provide an update on the impact of the ASB/serious violence hotspots",
            "Open",
            "Force",
            dt.date(2024, 12, 11),
        ),
        ("Provide an update on Community Resolutions", "Open", "Force", dt.date(2024, 12, 11)),
    ]


def test_decisions_noted_in_minute_titles() -> None:
    part = _part("decision-noted-in-minute-title.txt", "minutes")
    parse_minutes(part, "fixture.txt", Diagnostics())
    assert [(d.reference, d.title, d.minute_number) for d in part.decisions] == [
        ("OPCC.D.030.22", "PCC Succession Plan", "58"),
        ("OPCC.D.031.22", "Appointment of Temporary Chief Constable", "59"),
    ]


def test_board_notes_numbered_sections_are_its_minutes() -> None:
    """'1. Welcome & Introduction' ...: numbered 1, 2, 3 in order, citing no item; the
    bullets under each are its paragraphs."""
    part = _part("board-notes-numbered-sections.txt", "board-notes")
    parse_board_notes(part, "fixture.txt", Diagnostics())
    assert [(m.number, m.title, m.item_code) for m in part.minutes] == [
        ("1", "Welcome & Introduction", None),
        ("2", "Notes of Previous Meeting – 12 June 2024", None),
        ("3", "Review of Terms of Reference", None),
    ]
    first, second, third = part.minutes
    assert first.end_line < second.line and second.end_line < third.line
    assert len(second.paragraphs) == 1  # the sub-bullets belong to its one paragraph
    assert all(p.number is None for m in part.minutes for p in m.paragraphs)


def test_agenda_items_keep_their_lettered_section() -> None:
    """Cut from the 18 December 2024 agenda: "B - Commissioner's reports ..." heads B1-B3;
    the items printed without a letter have no section."""
    part = _part("agenda-lettered-sections.txt", "agenda")
    parse_agenda(part, "fixture.txt", Diagnostics())
    assert [(i.code, i.section, i.section_title, i.pages) for i in part.items] == [
        ("1", None, None, None),
        ("2", None, None, None),
        ("3", None, None, None),
        ("4", None, None, "1 - 10"),
        ("B1", "B", "Commissioner's reports requested by the Panel/offered by the Commissioner",
         "11 - 16"),
        ("B2", "B", "Commissioner's reports requested by the Panel/offered by the Commissioner",
         "17 - 20"),
        ("B3", "B", "Commissioner's reports requested by the Panel/offered by the Commissioner",
         "21 - 26"),
        ("C1", "C", "Questions to the Commissioner", None),
        ("C2", "C", "Questions to the Commissioner", None),
        ("D1", "D", "Panel Matters", "27 - 28"),
    ]  # fmt: skip


def test_sub_paragraphs_are_numbered_by_their_place() -> None:
    """Cut from the 17 October 2023 minutes (minute 103): inside paragraph 2, "a." to "d."
    and, under a. and c., "1." to "5."; the page break inside c.3 (its running text
    moved the last item, which cleaning puts back in its list) does not end the list."""
    from minutebook.parsing.cleaning import clean

    lines, _ = clean("\n".join(x.text for x in quirk_lines("list-broken-by-page-break.txt")))
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    parse_minutes(part, "fixture.txt", Diagnostics())
    [minute] = part.minutes
    assert [p.number for p in minute.paragraphs][:1] == ["2"]
    numbers = [p.number for p in minute.subparagraphs]
    assert numbers[:8] == ["2.a", "2.a.1", "2.a.2", "2.a.3", "2.a.4", "2.a.5", "2.b", "2.c"]
    assert numbers[8:13] == ["2.c.1", "2.c.2", "2.c.3", "2.c.4", "2.d"]
