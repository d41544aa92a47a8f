"""An agenda's front sheet flattened onto one line: the notice or "AGENDA" near its start
makes it an agenda, and the title at its start or the notice names the meeting; a record's
head so flattened names its committee before "Minutes of the meeting held" (zoo:
agenda-panel-front-sheet-flattened-one-line-notice,
minutes-web-page-flattened-record-link-label)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.flattened_front_sheets import (
    flattened_front_sheet,
    flattened_opening,
    flattened_record_opening,
    flattened_title_opening,
)
from minutebook.parsing.flattened_lines import split_flattened_lines
from minutebook.parsing.splitting import split
from minutebook.parsing.titled_date_openings import titled_date_opening

MEMBERS = "Councillors " + ", ".join(f"Member{n}" for n in range(40)) + " and Member40. "


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_a_capitals_title_with_its_date_and_a_summons_give_the_meeting() -> None:
    text = (
        "WESTLEA FIRE AUTHORITY TUESDAY 9 MARCH 2010 AT 10.00 HOURS MEMBERS "
        + MEMBERS
        + "You are required to attend this meeting to be held at Fire Headquarters, 3 Mill "
        "Road, Westlea at 10.00 a.m. AGENDA 12. To confirm the minutes of the last meeting."
    )
    lines = _lines(text)
    assert flattened_front_sheet(lines, 0)
    opening = flattened_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "WESTLEA FIRE AUTHORITY",
        dt.date(2010, 3, 9),
        dt.time(10, 0),
        "Fire Headquarters, 3 Mill Road, Westlea",
    )
    assert [p.kind for p in split(lines)] == [DocumentKind.AGENDA]


def test_a_long_paragraph_without_a_notice_is_no_front_sheet() -> None:
    lines = _lines("The Panel considered the report. " * 20)
    assert not flattened_front_sheet(lines, 0)
    assert flattened_opening(lines) is None
    assert not flattened_front_sheet(_lines("You are required to attend the meeting."), 0)


def test_a_titled_date_over_agenda_opens_an_agenda_its_clock_before_a_note() -> None:
    text = (
        "WESTLEA POLICE AND CRIME PANEL Monday, 7 June 2021 at 14:00 County Hall , There "
        "will be a briefing for members at 1.00pm\nAGENDA\n1 Apologies\n2 Minutes\n"
    )
    lines = _lines(text)
    assert [(p.kind, p.first_line) for p in split(lines)] == [(DocumentKind.AGENDA, 1)]
    opening = titled_date_opening(lines)
    assert opening is not None
    assert (opening.time, opening.venue) == (dt.time(14, 0), "County Hall")


def test_a_flattened_record_names_the_committee_after_the_link_and_the_council() -> None:
    text = (
        "Minutes PDF 120 KB Westlea Borough Council The Westlea and Dunmarsh Joint Board "
        "Minutes of the meeting held at Room 3 - Westlea Civic Centre on 4 May 2022 from "
        "2.00 pm - 3.10 pm Membership Present Absent " + MEMBERS
    )
    lines = _lines(text)
    assert [p.kind for p in split(lines)] == [DocumentKind.MINUTES]
    opening = flattened_record_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "The Westlea and Dunmarsh Joint Board",
        dt.date(2022, 5, 4),
        dt.time(14, 0),
        "Room 3 - Westlea Civic Centre",
    )
    assert flattened_record_opening(_lines("Minutes of the meeting held on 4 May 2022.")) is None


def test_a_flattened_capitals_title_to_be_held_on_names_the_meeting() -> None:
    text = (
        "NORTHCOTE FIRE AUTHORITY MEETING TO BE HELD ON TUESDAY 7 JUNE 2022 AT 2.00 P.M. IN THE "
        "MEMBERS’ ROOM, FIRE HEADQUARTERS, NORTHCOTE AGENDA 1. APOLOGIES 2. DECLARATIONS OF "
        "INTEREST To receive any declarations of interest. 3. MINUTES OF THE LAST MEETING (pp 3) "
        "4. ANNUAL STATEMENT OF ACCOUNTS (pp 9) 5. ANY OTHER BUSINESS To consider any business "
        "the Chair thinks urgent, of which notice has been given to the clerk before the meeting."
    )
    lines, _ = split_flattened_lines([Line(1, text)])
    opening = flattened_title_opening(lines)
    assert opening is not None
    assert opening.body == "NORTHCOTE FIRE AUTHORITY"
    assert (opening.date, opening.time) == (dt.date(2022, 6, 7), dt.time(14, 0))
    assert opening.venue == "MEMBERS’ ROOM, FIRE HEADQUARTERS, NORTHCOTE"
    # a paper printed with its line breaks is left to the other readers
    assert flattened_title_opening([Line(1, lines[0].text), Line(2, "AGENDA")]) is None


def test_a_record_s_long_paragraph_telling_who_had_been_invited_is_no_notice() -> None:
    text = (
        "The Chair welcomed to the meeting representatives of the owners of the centre and"
        " of the community councils of the area. He advised that members of the North Local"
        " Area Committee had been invited to attend in relation to Item 6 on the agenda"
        " (Park Study) and that although none of those members had been able to attend,"
        " apologies had been received from Councillors Ann Reid and Ben Moss, who had asked"
        " that their thanks be passed on to the officers for the work done on the study."
    )
    assert len(text) > 400
    assert not flattened_front_sheet(_lines(text), 0)
