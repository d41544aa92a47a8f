"""A committee system's "Meeting Details" page (CMIS): the body's name, then "14 Nov 2018 -
14:00 to 15:00", then the page's tabs; one paper whose "Agenda" tab heading opens nothing
(zoo: agenda-fire-authority-meeting-details-page)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.meeting_detail_pages import (
    among_page_tabs,
    meeting_detail_opening,
    page_start,
)
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


def test_the_agenda_page_is_one_paper_a_record_is_left_to_the_general_readers() -> None:
    lines = _lines(HEAD)
    assert among_page_tabs(lines, 7) and among_page_tabs(lines, 9)
    assert not among_page_tabs(lines, 12)
    assert [(p.kind, p.first_line) for p in split(lines)] == [(DocumentKind.AGENDA, 1)]
    record = _lines(HEAD + "To note any apologies.\n7\nRESOLVED that the apologies be noted.\n")
    assert page_start(record, 1) is None


def test_a_date_line_without_the_page_layout_opens_nothing() -> None:
    assert meeting_detail_opening(_lines("The meeting was held.\n14 Nov 2018 - 14:00\n")) is None
    assert meeting_detail_opening(_lines("Licensing Committee\n14 November 2018 - 14:00\n")) is None
    assert meeting_detail_opening(_lines("Licensing Committee\n31 Feb 2018 - 14:00\n")) is None
