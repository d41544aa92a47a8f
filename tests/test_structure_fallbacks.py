"""Openings, minute codes and content read when the opening is unknown (invented bodies,
people and places): a kind-dated line, fields side by side, bold titles over 'Minutes of
the meeting held on D', 24-hour times after a date, a summons to 'the Council of the X
Borough', minute codes with a point, and the content-based fallback."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line
from minutebook.parsing.content_kind import kind_by_content
from minutebook.parsing.dated_title_openings import clock_after_date
from minutebook.parsing.headers import minutes_header, notice_of_meeting
from minutebook.parsing.letterheads import council_of_place
from minutebook.parsing.minute_headings import CODED_NUMBERED
from minutebook.parsing.openings import line_fields
from minutebook.parsing.splitting import split


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def _kinds(text: str) -> list[DocumentKind]:
    return [part.kind for part in split(_lines(text))]


KIND_DATED = (
    "Fernley Vale Council\n\nHousing Scrutiny Panel\n\n"
    "{kind} - Tuesday, 3 June 2025 2.00 pm, Room 4, Civic Hall, Fernley\n\n{below}"
)


@pytest.mark.parametrize(
    ("kind", "below", "expected"),
    [
        ("Minutes", "Members present:\nCllr Ann Brook (Chair)", DocumentKind.MINUTES),
        ("Notes", "Present: Cllr Ann Brook", DocumentKind.MINUTES),
        ("Agenda", "1. Apologies\n2. Declarations of interest", DocumentKind.AGENDA),
    ],
)
def test_a_kind_dated_line_under_a_title_opens_its_paper(
    kind: str, below: str, expected: DocumentKind
) -> None:
    text = KIND_DATED.format(kind=kind, below=below)
    assert _kinds(text) == [expected]


def test_a_kind_dated_line_gives_the_meeting() -> None:
    text = KIND_DATED.format(kind="Minutes", below="Members present:\nCllr Ann Brook")
    facts = minutes_header(_lines(text), "x.txt", Diagnostics())
    assert facts is not None
    assert facts.body_name == "Fernley Vale Council Housing Scrutiny Panel"
    assert facts.date == dt.date(2025, 6, 3)
    assert facts.time == dt.time(14, 0)
    assert facts.venue == "Room 4, Civic Hall, Fernley"


def test_a_kind_dated_line_with_no_title_above_opens_nothing() -> None:
    """A sentence inside a paper: the text above it is prose."""
    text = (
        "The Panel discussed the timetable at length.\n"
        "Minutes - Tuesday, 3 June 2025 were circulated.\n\nMembers present: Cllr A Brook"
    )
    assert DocumentKind.MINUTES not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Time: 7.00 p.m.     Place: Room A, Town Hall", [("time", "7.00 p.m."),
                                                          ("place", "Room A, Town Hall")]),
        ("Date: 3 May 2021 Time: 2 pm", [("date", "3 May 2021"), ("time", "2 pm")]),
        ("Venue: Council Chamber", [("venue", "Council Chamber")]),
        ("Purpose: to set the time: soon", [("purpose", "to set the time: soon")]),
    ],
)  # fmt: skip
def test_fields_side_by_side_are_read_apart(text: str, expected: list[tuple[str, str]]) -> None:
    assert line_fields(text) == expected


def test_bold_titles_over_a_minutes_line_and_side_by_side_fields() -> None:
    text = (
        "**HOLMBY DISTRICT COUNCIL**\n\n**LICENSING COMMITTEE**\n\n"
        "**Minutes of the meeting held on 4 March 2009**\n"
        "Time: 7.30 p.m.     Place: Room B, Holmby House\n\n"
        "Members:                     Officers:\nCouncillor A. Bell           Mr C. Dunn\n\n"
        "**LC/12 Apologies**\nApologies were received from Councillor E. Frost."
    )
    assert _kinds(text) == [DocumentKind.MINUTES]
    facts = minutes_header(_lines(text), "x.txt", Diagnostics())
    assert facts is not None
    assert facts.body_name == "Holmby District Council Licensing Committee"
    assert (facts.date, facts.time) == (dt.date(2009, 3, 4), dt.time(19, 30))
    assert facts.venue == "Room B, Holmby House"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday 19 November 2021, 10:00", dt.time(10, 0)),
        ("3 May 2021 at 14.30 hrs, Room 2", dt.time(14, 30)),
        ("3 May 2021, 7.30, Room 2", None),  # a bare 7.30 may be evening
        ("3 May 2021, Room 12", None),
    ],
)
def test_a_24_hour_clock_after_the_date(line: str, expected: dt.time | None) -> None:
    assert clock_after_date(line) == expected


def test_a_24_hour_clock_after_the_date_is_no_venue() -> None:
    text = (
        "Ashmere Combined Authority\n\nTransport Board\n\nFriday 19 November 2021, 10:00\n"
        "Boardroom, Canal Offices, Ashmere\n\nMembership\nCouncillor A Bell"
    )
    facts = notice_of_meeting(_lines(text), "x.txt", Diagnostics())
    assert facts is not None
    assert facts.time == dt.time(10, 0)
    assert facts.venue == "Boardroom, Canal Offices, Ashmere"


@pytest.mark.parametrize(
    ("body", "authority", "expected"),
    [
        ("COUNCIL of the Holmby Metropolitan Borough", "HOLMBY METROPOLITAN BOROUGH COUNCIL",
         "Holmby Metropolitan Borough Council"),
        ("Council of the Fenwick District", None, "Fenwick District Council"),
        ("Council of Governors", "FENWICK HOSPITALS TRUST", None),
        ("Planning Committee", "FENWICK DISTRICT COUNCIL", None),
    ],
)  # fmt: skip
def test_the_council_of_a_place_is_that_place_s_council(
    body: str, authority: str | None, expected: str | None
) -> None:
    assert council_of_place(body, authority) == expected


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("PC.52/15 APOLOGIES", "PC.52/15"),
        ("DC-14/2022 Declarations of interest", "DC-14/2022"),
        ("C048/23 MINUTES", "C048/23"),
        ("HR/7/21 Pay policy", "HR/7/21"),
    ],
)
def test_a_minute_code_is_letters_a_separator_the_minute_and_its_year(
    line: str, number: str
) -> None:
    match = CODED_NUMBERED.match(line)
    assert match is not None and match["number"] == number


@pytest.mark.parametrize("line", ["Item 4 Budget", "B1 Apologies", "2023/24 Budget setting"])
def test_other_numbers_are_no_minute_codes(line: str) -> None:
    assert CODED_NUMBERED.match(line) is None


RECORD_UNKNOWN_OPENING = (
    "Upper Fenwick Parish\n\nMeeting 14/3\n\nPresent: Cllr A Bell, Cllr C Dunn\n\n"
    "1. Apologies\nApologies were received from Cllr E Frost.\n\n2. Footpaths\n"
    "RESOLVED that the clerk write to the county council.\n\nThe meeting closed at 9.10 pm."
)
AGENDA_UNKNOWN_OPENING = (
    "Upper Fenwick Parish\n\nAgenda\n\n1. To receive apologies for absence\n"
    "2. To receive declarations of interest\n3. To approve the minutes of 4 May\n4. Footpaths"
)


def test_a_record_whose_opening_is_unknown_is_read_as_minutes() -> None:
    assert _kinds(RECORD_UNKNOWN_OPENING) == [DocumentKind.MINUTES]
    assert kind_by_content(_lines(RECORD_UNKNOWN_OPENING)) is DocumentKind.MINUTES


def test_an_agenda_whose_opening_is_unknown_is_read_as_an_agenda() -> None:
    assert _kinds(AGENDA_UNKNOWN_OPENING) == [DocumentKind.AGENDA]


@pytest.mark.parametrize(
    "text",
    [
        # one kind of evidence only: a report quoting a decision
        "Highways update\n\nIn March the Cabinet agreed the schedule.\nWork starts in May.",
        # standing business numbered, nothing more: agenda or minutes alike
        "Fenwick Parish\n\n1. Apologies\n2. Declarations of interest\n3. Minutes",
        # an agenda that quotes one decision stays undecided as a record
        "Agenda\n\n1. To receive apologies\n2. To consider the budget\n"
        "3. To note that the Council RESOLVED to consult\n4. To agree dates",
    ],
)
def test_weak_evidence_reads_as_no_record(text: str) -> None:
    assert kind_by_content(_lines(text)) is not DocumentKind.MINUTES


def test_weak_evidence_reads_as_nothing() -> None:
    text = "Fenwick Parish\n\n1. Apologies\n2. Matters arising\n3. Minutes"
    assert kind_by_content(_lines(text)) is None


def test_numbered_standing_items_with_no_record_at_all_are_an_agenda() -> None:
    text = "Fenwick Parish\n\n1. Apologies\n2. Declarations of interest\n3. Minutes"
    assert kind_by_content(_lines(text)) is DocumentKind.AGENDA
    record = (
        text + "\n\nApologies were received from Cllr Reid.\nRESOLVED that the minutes be signed."
    )
    assert kind_by_content(_lines(record)) is not DocumentKind.AGENDA
    column = "Fenwick Parish\n\nAgenda Item No.\n\n1. Apologies for absence:\n\n2. Finance"
    assert kind_by_content(_lines(column)) is DocumentKind.AGENDA


def test_a_sentence_approving_earlier_minutes_is_no_opening() -> None:
    text = (
        "Holmby District Council\n\nRESOLVED\n\n"
        "The minutes of the meeting held on 3 March 2019 be approved as a correct record."
    )
    assert minutes_header(_lines(text), "x.txt", Diagnostics()) is None


def test_a_records_title_after_the_bodys_name_opens_enclosed_minutes() -> None:
    """A letter's items, then "Fenby Parish Council Minutes of a Meeting held on D" over
    its present list: the enclosed minutes are a paper of their own."""
    texts = [
        "To: All Members of Fenby Parish Council",
        "",
        "The next meeting of the Parish Council will be held at the Pavilion on 4 May 2031.",
        "",
        "3. Minutes",
        "",
        "To confirm the minutes of the meeting held on 6 April 2031.",
        "",
        "4. Finance Report",
        "",
        "Fenby Parish Council Minutes of a Meeting held on 6 April 2031",
        "",
        "Present: Councillors A Reid (Chair), B Moss and C Lowe.",
        "",
        "FPC.12 Apologies for Absence",
    ]
    parts = split([Line(n, t) for n, t in enumerate(texts, start=1)])
    assert [p.lines[0].number for p in parts] == [1, 11]
    assert parts[1].kind is DocumentKind.MINUTES


def test_a_cabinet_named_before_its_records_title_opens_minutes() -> None:
    texts = [
        "To: All Members of the Cabinet",
        "",
        "4. Finance Report",
        "",
        "Fenby Cabinet Minutes of the meeting held on 6 April 2031",
        "",
        "Present: Councillors A Reid (Leader), B Moss and C Lowe.",
        "",
        "1. Apologies for Absence",
    ]
    parts = split([Line(n, t) for n, t in enumerate(texts, start=1)])
    assert [p.lines[0].number for p in parts] == [1, 5]
    assert parts[1].kind is DocumentKind.MINUTES
