"""A committee system's "Meeting Details" page (CMIS): the body's name, then "14 Nov 2018 -
14:00 to 15:00", then the page's tabs; one paper whose "Agenda" tab heading opens nothing
(zoo: agenda-fire-authority-meeting-details-page, minutes-fire-authority-meeting-details-page)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.meeting_detail_pages import (
    among_page_tabs,
    meeting_detail_opening,
    page_start,
)
from minutebook.parsing.page_minute_numbers import page_minutes
from minutebook.parsing.splitting import split

HEAD = (
    "Marlow Vale Licensing Committee\n14 Nov 2018 - 14:00 to 15:00\n  • Documents\n"
    "  • Attendance\n\nDocuments\n\nAgenda\n\nAgenda\nNotification\n"
    "Members of the public wishing to attend the meeting should report to reception.\n"
    "1 Apologies\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_the_title_and_date_line_give_the_meeting() -> None:
    opening = meeting_detail_opening(_lines(HEAD))
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue, opening.line) == (
        "Marlow Vale Licensing Committee",
        dt.date(2018, 11, 14),
        dt.time(14, 0),
        None,
        1,
    )


def test_the_agenda_page_is_one_paper_a_record_page_is_minutes() -> None:
    lines = _lines(HEAD)
    assert among_page_tabs(lines, 7) and among_page_tabs(lines, 9)
    assert not among_page_tabs(lines, 12)
    assert [(p.kind, p.first_line) for p in split(lines)] == [(DocumentKind.AGENDA, 1)]
    record = _lines(HEAD + "To note any apologies.\n7\nRESOLVED that the apologies be noted.\n")
    assert page_start(record, 1) == (0, DocumentKind.MINUTES)


def test_a_date_line_without_the_page_layout_opens_nothing() -> None:
    assert meeting_detail_opening(_lines("The meeting was held.\n14 Nov 2018 - 14:00\n")) is None
    assert meeting_detail_opening(_lines("Licensing Committee\n14 November 2018 - 14:00\n")) is None
    assert meeting_detail_opening(_lines("Licensing Committee\n31 Feb 2018 - 14:00\n")) is None


RECORD = (
    "Coldharbour Fire Authority\n9 Oct 2019 - 10:30 to 12:15\n  • Documents\n\nAgenda Items\n"
    "1 Apologies for Absence\nTo receive any apologies.\n41\nThere were none.\n"
    "2 Pdf Minutes (64Kb)\n42\nRESOLVED that the minutes be confirmed.\n"
    "To note the date of the next meeting.\n43\nThe next meeting is on 4 December.\n"
)


def test_a_record_page_numbers_each_minute_by_its_figure_under_the_item() -> None:
    found = [(h.index, h.number, h.title, h.item_code) for h in page_minutes(_lines(RECORD))]
    assert found == [
        (7, "41", "Apologies for Absence", "1"),
        (10, "42", "Minutes", "2"),
        (13, "43", "", None),  # its item line is missing: no title
    ]


def test_figures_off_a_details_page_or_with_a_gap_head_no_minutes() -> None:
    assert page_minutes(_lines(RECORD.replace("9 Oct 2019 - 10:30 to 12:15", "9 October"))) == []
    assert page_minutes(_lines(RECORD.replace("\n43\n", "\n47\n"))) == []


def test_an_item_taken_early_keeps_its_place_and_its_minutes_number() -> None:
    """The meeting took item 2 after item 3: the page prints the items in the agenda's
    order, each over its minute's number ("42" under item 3, "43" under item 2)."""
    record = RECORD.replace("\n42\n", "\n(43)\n").replace("\n43\n", "\n42\n")
    record = record.replace("(43)", "43")
    found = [(h.number, h.title, h.item_code) for h in page_minutes(_lines(record))]
    assert found == [("41", "Apologies for Absence", "1"), ("43", "Minutes", "2"), ("42", "", None)]


def test_the_pages_own_heading_kept_above_the_title_starts_the_paper() -> None:
    lines = _lines(
        "Meeting Details\n\n    Harbourside planning committee\n" + HEAD.split("\n", 1)[1]
    )
    assert page_start(lines, 3) == (0, DocumentKind.AGENDA)
    assert [(p.kind, p.first_line) for p in split(lines)] == [(DocumentKind.AGENDA, 1)]
    far = _lines(
        "Meeting Details\n\n\n\n    Harbourside planning committee\n" + HEAD.split("\n", 1)[1]
    )
    assert page_start(far, 5) == (4, DocumentKind.AGENDA)


def test_a_lost_item_line_over_the_minutes_agenda_text_takes_that_text_as_title() -> None:
    record = RECORD.replace(
        "2 Pdf Minutes (64Kb)\n", "To confirm the minutes of the meeting held on 3 July 2019.\n"
    )
    found = [(h.number, h.title, h.item_code) for h in page_minutes(_lines(record))]
    assert found == [
        ("41", "Apologies for Absence", "1"),
        ("42", "To confirm the minutes of the meeting held on 3 July 2019", None),
        ("43", "", None),
    ]


def test_the_panels_summary_heading_under_the_pages_heading_starts_the_paper_too() -> None:
    summary = _lines("Meeting Details\n\nMeeting Summary\n" + HEAD)
    assert page_start(summary, 4) == (0, DocumentKind.AGENDA)
    assert [(p.kind, p.first_line) for p in split(summary)] == [(DocumentKind.AGENDA, 1)]
    alone = _lines("Meeting Summary\n" + HEAD)
    assert page_start(alone, 2) == (0, DocumentKind.AGENDA)
    other = _lines("Meeting Notes\nMeeting Summary\n" + HEAD)
    assert page_start(other, 3) == (1, DocumentKind.AGENDA)
    sentence = _lines("A meeting summary follows.\n" + HEAD)
    assert page_start(sentence, 2) == (1, DocumentKind.AGENDA)


SAME_NUMBERS = (
    "Wyke District Council\n9 Oct 2019 - 19:00 to 21:15\n  • Documents\n\nAgenda Items\n"
    "1 APOLOGIES FOR ABSENCE\nTo receive any apologies.\n\n1\n\nThere were none.\n\n"
    "2 DECLARATIONS OF INTEREST\nA member must declare an interest as the code says.\n"
    "A pecuniary interest means leaving the room.\nA personal interest allows a vote.\n"
    "The clerk will advise.\nThe interest is recorded in the minutes.\n\n2\n\nNone.\n\n"
    "3 REPORTS FOR DECISION\n\n3\n\n(a) APPOINTMENT OF LEADER\nTo appoint the Leader.\n\n"
    "a\n\nThat Councillor Reid be appointed Leader.\n\n"
    "(b) APPOINTMENT OF DEPUTY LEADER\n\nb\n\nThat Councillor Moss be appointed.\n"
)


def test_a_number_repeating_the_items_code_heads_the_minute_at_the_items_line() -> None:
    """Each minute is numbered as its item ("2 DECLARATIONS ..." over "2"), the item's
    standard text may run long between them, and a sub-item's letter alone under "(a)
    Title" is a minute of its own (invented example)."""
    found = [(h.index, h.number, h.title, h.item_code) for h in page_minutes(_lines(SAME_NUMBERS))]
    assert found == [
        (5, "1", "APOLOGIES FOR ABSENCE", "1"),
        (12, "2", "DECLARATIONS OF INTEREST", "2"),
        (23, "3", "REPORTS FOR DECISION", "3"),
        (27, "a", "APPOINTMENT OF LEADER", "3(a)"),
        (34, "b", "APPOINTMENT OF DEPUTY LEADER", "3(b)"),
    ]
