"""Paper openings: each way a UK agenda or minutes names its meeting, one fixture each.

The fixtures in `fixtures/openings/` are invented (councils, panels, names and dates), each
written in one layout of the genre.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import CONTENT
from minutebook.dates import find_field_time, find_time
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, SourceDocument
from minutebook.parsing import parse_document
from minutebook.parsing.cleaning import clean
from minutebook.parsing.dated_title_openings import below_the_date, dated_title_opening
from minutebook.parsing.headers import (
    MINUTES_VERBS,
    NOTICE_VERBS,
    minutes_header,
    notice_of_meeting,
    without_abbreviation,
)
from minutebook.parsing.labelled_openings import labelled_opening
from minutebook.parsing.openings import Opening, title_body, when_and_where, without_meeting_kind
from minutebook.parsing.reading import SourceText
from minutebook.parsing.sentence_openings import sentence_opening
from minutebook.parsing.splitting import (
    DETECTORS,
    detect_titled_date,
    letterhead_start,
    may_start,
    split,
)
from minutebook.parsing.spoken_dates import with_plain_dates
from minutebook.parsing.titled_date_openings import titled_date
from minutebook.parsing.venues_under import labelled_venue_under, present_in_venue

OPENINGS = Path(__file__).parent / "fixtures" / "openings"
MINUTES, AGENDA, REPORT = DocumentKind.MINUTES, DocumentKind.AGENDA, DocumentKind.REPORT


def _read(name: str) -> tuple[SourceDocument, Diagnostics]:
    diagnostics = Diagnostics()
    text = (OPENINGS / name).read_text(encoding="utf-8")
    return parse_document(SourceText(name, "0" * 64, text), diagnostics), diagnostics


# fixture: kind, body as printed (a committee with its letterhead's authority), date, time,
# venue, line of the opening
CASES = {
    # "Minutes of a hearing held on ...": the opening names no body; its title does (a
    # bracketed note under the title is part of the title block)
    "minutes-of-a-hearing-under-its-title.txt": (
        MINUTES, "Hollowmere City Council Taxi Licensing Panel", dt.date(2016, 5, 6),
        dt.time(14, 30), "Meeting Room 4, Guildhall, Hollowmere", 7,
    ),
    # a front sheet: the body, its date and time and venue above the clerk's contact
    # fields and an 'Agenda' line, the items below
    "agenda-front-sheet-then-agenda.txt": (
        AGENDA, "Brantwood Borough Council Licensing and Appeals Committee",
        dt.date(2014, 3, 3), dt.time(14, 0), "Committee Room 1, Town Hall, Brantwood", 5,
    ),
    # a notice sent as a letter: its 'Date:' is the day it was sent, not the meeting's
    "agenda-notice-sent-as-a-letter.txt": (
        AGENDA, "Kestrel Vale District Council Planning Committee", dt.date(2019, 5, 7),
        dt.time(18, 30), "Council Chamber, Riverside House, Kestrel Vale", 11,
    ),
    "minutes-held-in-venue-on-date.txt": (
        MINUTES, "Westshire Police and Crime Panel", dt.date(2015, 3, 12), None,
        "Committee Room 3, Shire Hall, Axbridge", 3,
    ),
    "minutes-nth-meeting.txt": (
        MINUTES, "Northmoor Police Authority", dt.date(2012, 7, 4), dt.time(14, 0),
        "Police Headquarters, Coldwater Road, Felham", 3,
    ),
    "minutes-held-on-date-at-time-in-venue.txt": (
        MINUTES, "Audit and Standards Committee", dt.date(2016, 11, 8), dt.time(19, 0),
        "Council Chamber, Civic Offices, Marbury", 1,
    ),
    "minutes-body-before-meeting.txt": (
        MINUTES, "Harbour Board", dt.date(2019, 6, 17), dt.time(18, 0),
        "Quay Offices, Saltmouth", 1,
    ),
    "minutes-date-first.txt": (
        MINUTES, "LOWFORD POLICE AND CRIME PANEL", dt.date(2021, 2, 3), dt.time(10, 30),
        None, 3,
    ),
    "minutes-title-and-date-fields.txt": (
        MINUTES,
        "Brackenshire County Council Corporate Scrutiny Committee",
        dt.date(2025, 1, 22), dt.time(14, 0),
        "Council Chamber, County Offices, Brackenford", 6,
    ),
    "minutes-title-then-dated-line.txt": (
        MINUTES, "HOLLOWAY VALE POLICE AND CRIME PANEL", dt.date(2012, 10, 25), None,
        "Committee Room A, Vale House", 3,
    ),
    # also: "Minutes of the meeting held on ..." further down, as an item or a sentence,
    # opens no second paper
    "minutes-title-over-meeting-held-on.txt": (
        MINUTES,
        "Holloway Vale District Council Licensing Sub-Committee",
        dt.date(2017, 5, 2), dt.time(10, 0),
        "Ryder Room, Vale House", 5,
    ),
    "minutes-notes-held-virtually.txt": (
        MINUTES, "Greyfield Community Safety Partnership", dt.date(2020, 6, 9), dt.time(14, 0),
        "virtually via Microsoft Teams", 1,
    ),
    "agenda-i-hereby-summon.txt": (
        AGENDA, "BRINDLE COUNTY COUNCIL", dt.date(2024, 5, 14), dt.time(10, 30),
        "County Hall, Brindle", 5,
    ),
    # a narrow column wrapped the sentence before its date
    "minutes-header-wrapped.txt": (
        MINUTES, "North Estry Police and Crime Panel", dt.date(2013, 9, 20), dt.time(10, 0),
        "Committee Room 1, County Hall, Estry", 3,
    ),
    "agenda-notice-wrapped.txt": (
        AGENDA, "SOUTH ESTRY DISTRICT COUNCIL", dt.date(2014, 1, 15), dt.time(19, 30),
        "Council Chamber, Estry House", 4,
    ),
    "minutes-of-body-held-on.txt": (
        MINUTES, "CABINET", dt.date(2019, 3, 5), dt.time(19, 0),
        "COUNCIL CHAMBER, TOWN HALL, WEXCOMBE", 1,
    ),
    "agenda-notice-without-agenda-line.txt": (
        AGENDA, "Westshire Police and Crime Panel", dt.date(2015, 3, 9), dt.time(10, 30),
        "Shire Hall, Axbridge", 3,
    ),
    "agenda-members-requested-to-attend.txt": (
        AGENDA,
        "Pellbridge Borough Council Planning Committee",
        dt.date(2016, 4, 14), dt.time(18, 30),
        "Room 4, Town Hall, Pellbridge", 5,
    ),
    "agenda-public-document-pack.txt": (
        AGENDA,
        "Fernley District Council Licensing Committee",
        dt.date(2024, 12, 2), dt.time(18, 0),
        "Guildhall, Market Square, Fernley", 7,
    ),
    "agenda-summons.txt": (
        AGENDA, "FELHAM CITY COUNCIL", dt.date(2020, 10, 21), dt.time(19, 0),
        "Council Chamber, Guildhall, Felham", 5,
    ),
    "agenda-line-without-notice.txt": (
        AGENDA, "Bramley Valley Police and Crime Panel", dt.date(2013, 6, 7), dt.time(10, 0),
        "Council Chamber, Bramley House", 5,
    ),
    "agenda-tabbed-fields.txt": (
        AGENDA, "Greyfield Police and Crime Panel", dt.date(2019, 7, 11), dt.time(14, 0),
        "Council Chamber, Greyfield Town Hall", 5,
    ),
    "agenda-line-with-notice.txt": (
        AGENDA, "Eastmarch Fire and Rescue Authority", dt.date(2019, 10, 1), dt.time(11, 0),
        "Members' Room, Fire Service Headquarters, Eastmarch", 5,
    ),
    # a committee under its authority's letterhead is the authority's committee
    "minutes-committee-under-letterhead.txt": (
        MINUTES, "Ashcombe Vale District Council Environment Committee", dt.date(2023, 3, 14),
        dt.time(18, 0), "Ashcombe Room, Civic Centre, Ashcombe", 3,
    ),
    # a letter's own date under an address is not the meeting's; "a meeting of the Panel"
    # is the panel whose members the sentence addresses
    "agenda-letter-dated-notice.txt": (
        AGENDA, "Coldharbour Fire and Rescue Authority Scrutiny Panel", dt.date(2019, 1, 28),
        dt.time(14, 0), "Training Suite, Service Headquarters, Coldharbour", 13,
    ),
    # a notice as a plain statement, a long membership list, then 'AGENDA': one agenda
    "agenda-announcement-over-membership.txt": (
        AGENDA, "South Fellward Police and Crime Panel", dt.date(2017, 10, 6),
        dt.time(10, 30), "Committee Room 2, Shire Hall, Fellward", 3,
    ),
    # 'Meeting:' names the committee of the letterhead's authority
    "agenda-notice-of-meeting-fields.txt": (
        AGENDA, "Dunstow City Council Licensing Committee", dt.date(2020, 7, 2),
        dt.time(19, 0), "Guildhall, Dunstow", 6,
    ),
    # date, time and venue in a table whose cells kept their HTML
    "agenda-date-fields-in-html-cells.txt": (
        AGENDA, "Woldham County Council Cabinet", dt.date(2025, 11, 12), dt.time(10, 0),
        "Council Chamber, County Hall, Woldham", 5,
    ),
    # the membership list printed between the title and the notice belongs to the agenda
    "agenda-notice-after-membership.txt": (
        AGENDA, "Midforth Police and Crime Panel", dt.date(2021, 5, 21), dt.time(10, 30),
        "Council Chamber, County Hall, Midbury", 9,
    ),
    # a letter: the letterhead, 'Dear Councillor,', then the invitation
    "agenda-letter-invited-under-letterhead.txt": (
        AGENDA, "Kelston District Council Cabinet", dt.date(2022, 3, 16), dt.time(18, 0),
        "Council Chamber, Kelston House", 5,
    ),
    # 'a meeting of the Council' named by the summons' addressees
    "agenda-summons-to-members-of-council.txt": (
        AGENDA, "Pickmere Town Council", dt.date(2019, 10, 10), dt.time(19, 0),
        "Town Hall, Pickmere", 5,
    ),
    # the formal opening of older minutes, under the council's letterhead
    "minutes-at-a-meeting-of.txt": (
        MINUTES, "Holmesdale Borough Council Executive", dt.date(2014, 9, 17), dt.time(19, 0),
        "Council Chamber, Town Hall, Holmesdale", 3,
    ),
    "minutes-of-proceedings.txt": (
        MINUTES, "Planning Committee", dt.date(2015, 12, 2), dt.time(19, 0),
        "Civic Centre, Marlow Vale", 1,
    ),
    "minutes-record-of-decisions.txt": (
        MINUTES, "Strand Valley Borough Council Cabinet", dt.date(2016, 1, 14), dt.time(19, 0),
        "Council Chamber", 3,
    ),
    # a title, then 'Held on D at T in V'
    "minutes-title-then-held-on-line.txt": (
        MINUTES, "PLANNING COMMITTEE", dt.date(2023, 5, 9), dt.time(19, 0),
        "Council Chamber, Brenholt House", 5,
    ),
    # a numeric date and a 24-hour clock in the sentence
    "minutes-held-on-numeric-date-24-hour-clock.txt": (
        MINUTES, "Farleigh District Council Licensing Sub-Committee", dt.date(2022, 6, 21),
        dt.time(10, 0), "Committee Room 2", 3,
    ),
    # the body's title above 'AGENDA'; date, time and venue in a row under their labels
    "agenda-title-above-date-time-venue-row.txt": (
        AGENDA, "RAVENSCAR POLICE AND CRIME PANEL", dt.date(2017, 3, 10), dt.time(14, 0),
        "Committee Room 1, Shire Hall, Ravenscar", 6,
    ),
    # the singular 'MINUTE of MEETING of', as Scottish councils print it
    "minutes-minute-of-meeting-singular.txt": (
        MINUTES, "Kinlochray Council Policy and Resources Committee", dt.date(2023, 6, 6),
        dt.time(10, 0), "Council Chambers, Municipal Buildings, Kinlochray", 3,
    ),
    # a town council's letterhead with its address and clerk over a meeting of the "Full
    # Council": the paper starts at the letterhead and the meeting is the council's own
    "minutes-full-council-under-letterhead-address.txt": (
        MINUTES, "Hartley Marsh Town Council", dt.date(2024, 3, 4), dt.time(19, 30),
        "Council Chamber, The Guildhall", 5,
    ),
    # "Cabinet" in mixed case under the council's name; the sentence wraps after its time
    "minutes-cabinet-title-under-council-wrapped.txt": (
        MINUTES, "Fenmarsh District Council Cabinet", dt.date(2024, 1, 9), dt.time(17, 30),
        "Wensum Room, Marsh House, Fenmarsh", 5,
    ),
    # "Meeting:<TAB>X" over tabbed date, time and place fields under "Notice of Meeting"
    "agenda-notice-tabbed-meeting-field.txt": (
        AGENDA, "Wardle Vale Police and Crime Panel", dt.date(2024, 6, 7), dt.time(14, 0),
        "Council Chamber, County Hall, Wardle WD2 4RT", 6,
    ),
    # a joint committee's bracketed member councils under its name; the date, the time
    # and the venue each on a line of its own
    "agenda-title-bracketed-members-time-line.txt": (
        AGENDA, "SOUTH BRACKEN JOINT PLANNING COMMITTEE", dt.date(2024, 5, 16),
        dt.time(10, 0), "Oxley Civic Centre, Mill Road, Oxley OX9 2LN", 4,
    ),
    # "X COMMITTEE" / "OF" / "Y COUNCIL"; the venue on the line after the time
    "minutes-committee-of-council-on-three-lines.txt": (
        MINUTES, "Bramling Metropolitan Borough Council Children and Young People Scrutiny "
        "Committee", dt.date(2018, 11, 14), dt.time(18, 0), "CIVIC HALL, BRAMLING", 5,
    ),
    # a title, the date, then "MINUTES of the Meeting commencing at T": a time, no venue
    "minutes-title-date-then-commencing-line.txt": (
        MINUTES, "TREASURY MANAGEMENT PANEL", dt.date(2019, 11, 20), dt.time(14, 0), None, 3,
    ),
    # a letter's subject line "X - <date>"; the sentence breaks after "at", the time below
    "agenda-letter-time-on-next-line.txt": (
        AGENDA, "Corvedale Borough Council Licensing Committee", dt.date(2011, 3, 15),
        dt.time(14, 30), "Committee Room 1, Civic Offices, Corvedale", 12,
    ),
    # "the Authority Meeting" under the authority's name is the authority's own meeting
    "minutes-authority-meeting-under-its-name.txt": (
        MINUTES, "Felldale National Park Authority", dt.date(2013, 10, 11), dt.time(10, 0),
        "Scarside Hall, Felldale", 5,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_opening_gives_one_paper_and_its_meeting(name: str) -> None:
    kind, body, date, time, venue, line = CASES[name]
    document, diagnostics = _read(name)
    assert [(p.kind, p.first_line) for p in document.parts] == [(kind, 1)]
    meeting = document.parts[0].meeting
    assert meeting is not None, name
    assert (meeting.body_name, meeting.date, meeting.time, meeting.venue, meeting.line) == (
        body, date, time, venue, line,
    )  # fmt: skip
    codes = {d.code for d in diagnostics.warnings}
    assert not codes & {"minutes-header-unread", "agenda-without-meeting", "notice-without-date"}


def test_every_fixture_has_a_case() -> None:
    fixtures = {p.name for p in OPENINGS.iterdir()} - {"pack-agenda-then-minutes.txt"}
    assert fixtures == set(CASES)


def test_a_pack_cover_agenda_line_and_notice_open_one_agenda_then_minutes_follow() -> None:
    document, _ = _read("pack-agenda-then-minutes.txt")
    parts = [(p.kind, p.first_line, p.meeting and p.meeting.date) for p in document.parts]
    assert parts == [
        (AGENDA, 1, dt.date(2021, 4, 8)),
        (MINUTES, 13, dt.date(2021, 2, 3)),
    ]
    # an item and a sentence about another meeting inside the papers start nothing
    assert sum(len(p.lines) for p in document.parts) == len(document.lines)


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_a_report_dated_without_time_or_venue_is_no_meeting_opening() -> None:
    lines = _lines("To: Westshire Police and Crime Panel\nSubject: Budget\nDate: 9 March 2015\n")
    assert [p.layout for p in split(lines)] == ["report-header"]


def test_an_agenda_line_before_numbered_items_is_no_second_agenda() -> None:
    text = (
        "Notice is hereby given that a meeting of the Lowford Panel will be held at the "
        "Town Hall on 8 April 2021.\n\nMembership\n"
        + "".join(f"Councillor N{n} Person\tLowford Council\n" for n in range(16))
        + "\nAGENDA\n\n1 Apologies\n2 Minutes of the meeting held on 3 February 2021\n"
    )
    assert [p.kind for p in split(_lines(text))] == [AGENDA]


def test_a_notice_given_without_hereby_opens_an_agenda_over_its_title() -> None:
    text = (
        "Brackmoor Fire and Rescue Authority\nService Headquarters, Kiln Road\n\n"
        "Fire and Rescue Authority\nTuesday 6 June 2017 at 10.30 am\n"
        "Venue: Training Room, Headquarters\n\n"
        "Notice is given that a meeting of the Authority will be held at the\n"
        "time and place shown above.\n\nItem no. Agenda Item\n01 Apologies\n"
        "02 The Authority's Annual Report\n"
    )
    parts = split(_lines(text))
    assert [(p.kind, p.first_line) for p in parts] == [(AGENDA, 1)]


def test_a_page_header_repeating_the_agenda_s_title_and_date_opens_no_paper() -> None:
    text = (
        "WESTMOOR FIRE AND CRIME PANEL\n\nDATE:   Monday, 5th July, 2021\n\n"
        "VENUE:  Council Chamber, Guildhall, Ashby\n\nAGENDA\n\n1. Apologies\n"
        "2. Minutes of the meeting held on 7 June 2021\n\n"
        "WESTMOOR FIRE AND CRIME PANEL – 5 JULY 2021\nDeclaration of Interests form\n\n"
        "NAME: ____________\n\n"
        "MINUTES OF THE MEETING OF THE WESTMOOR FIRE AND CRIME PANEL HELD\n"
        "ON MONDAY 7 JUNE 2021 AT ASHBY GUILDHALL\n\nPRESENT:\nCouncillor A Brown\n"
    )
    parts = split(_lines(text))
    assert [(p.kind, p.first_line) for p in parts] == [(AGENDA, 1), (MINUTES, 17)]


def test_an_invitation_inside_minutes_starts_no_agenda() -> None:
    document, _ = _read("pack-agenda-then-minutes.txt")
    last = document.parts[-1]
    assert any("invited to attend the meeting" in line.text for line in last.lines)
    assert last.kind is MINUTES


def _documents() -> list[list[Line]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(OPENINGS.iterdir())]
    texts += [p.read_text(encoding="utf-8") for p in sorted((CONTENT / "documents").iterdir())]
    return [clean(text)[0] for text in texts]


def test_may_start_is_true_for_every_line_a_detector_accepts() -> None:
    accepted = 0
    for lines in _documents():
        for i, line in enumerate(lines):
            if any(detect(lines, i) is not None for detect in DETECTORS):
                accepted += 1
                assert may_start(line.text), line.text
    assert accepted >= 20


def test_a_24_hour_clock_in_a_sentence_is_its_time_not_its_venue() -> None:
    assert when_and_where(" at 14.30 hrs in Room 2") == (None, dt.time(14, 30), "Room 2", False)
    assert when_and_where(" commencing at 09:15 in Room 2")[1:3] == (dt.time(9, 15), "Room 2")
    # "at 7.30" alone may be evening: not read as a 24-hour time
    assert when_and_where(" at 7.30 in Room 2")[1] is None


def test_a_doubled_preposition_and_a_time_whose_stop_closed_the_sentence() -> None:
    """ "held in the in the Council Chamber ... at 9.30a.m. At the discretion ...": the
    venue starts after the second "in the"; "9.30a.m" is the time, no part of the venue."""
    assert when_and_where(
        " in the in the Council Chamber, Holt Road, Fenby on Wednesday 12th March 2031 at "
        "9.30a.m. At the discretion of the Chairman, a break will be taken."
    ) == (dt.date(2031, 3, 12), dt.time(9, 30), "Council Chamber, Holt Road, Fenby", False)
    assert find_time("at 9.30a.m") == dt.time(9, 30)


def test_the_paper_between_held_and_its_end_reads_in_any_order() -> None:
    expected = (dt.date(2019, 7, 4), dt.time(10, 0), "County Hall, Lewes", False)
    assert when_and_where(" at County Hall, Lewes on 4 July 2019 at 10am") == expected
    assert when_and_where(" on Thursday 4th July, 2019 at 10.00 a.m. in County Hall, Lewes") == (
        expected
    )
    assert when_and_where(" in County Hall, Lewes on the 4th July, 2019 from 10am to 1pm") == (
        expected
    )
    assert when_and_where(" in the on Wednesday, 4 July 2019, at 10.00 am when") == (
        dt.date(2019, 7, 4), dt.time(10, 0), None, True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.00 am", dt.time(10, 0)),
        ("at 2pm", dt.time(14, 0)),
        ("7.00 p.m.", dt.time(19, 0)),
        ("10:00am", dt.time(10, 0)),
        ("12 noon", dt.time(12, 0)),
        ("5 amendments were made", None),
        ("in the afternoon", None),
        ("14:00", None),  # a bare 24-hour time only counts in a "Time:" field
        ("19.30 pm", dt.time(19, 30)),  # a 24-hour clock with the afternoon's mark
        ("13.50 pm", dt.time(13, 50)),
        ("25.00 pm", None),  # no hour of the day
        ("19.30 am", None),  # the morning's mark on an evening hour: not read
    ],
)
def test_times_as_papers_print_them(text: str, expected: dt.time | None) -> None:
    assert find_time(text) == expected


def test_a_time_field_reads_the_24_hour_clock() -> None:
    assert find_field_time("18:00") == dt.time(18, 0)
    assert find_field_time("1930 hrs") == dt.time(19, 30)
    assert find_field_time("2.30pm") == dt.time(14, 30)
    assert find_field_time("to be confirmed") is None


@pytest.mark.parametrize(
    "line",
    [
        "Minutes of the " * 20_000 + "meeting",
        "Members of the " * 20_000 + "are requested to attend the meeting to be held",
        "MINUTES of a meeting of " + "the Panel " * 30_000 + "held on 4 July 2019",
        "Date: 4 July 2019 " * 15_000,
        "4 July 2019 – a " + "meeting of " * 25_000,
    ],
)
def test_long_hostile_openings_are_read_to_the_end(line: str) -> None:
    """Every opening pattern is bounded: a line of 300,000 characters is read and the paper
    after it still is. A backtracking pattern would stall the suite; what such lines cost is
    printed by benchmarks/bad_input.py (a timed assertion would only be flaky)."""
    text = f"{line}\nTime: 10am\nPresent: Councillor A Person\n"
    document = parse_document(SourceText("long.txt", "0" * 64, text), Diagnostics())
    kept = {line.number for part in document.parts for line in part.lines}
    kept |= {f.line.number for f in document.furniture}
    assert {1, 3} <= kept  # the hostile line and the present line after it, neither lost


def test_a_pack_cover_belongs_to_the_paper_after_it_whatever_its_kind() -> None:
    report = "Public Document Pack\n\nTo: Lowford Panel\nSubject: Precept\nDate: 8 April 2021\n"
    assert [(p.layout, p.first_line) for p in split(_lines(report))] == [("report-header", 1)]
    prose = "Public Document Pack\n\nAnnual report of the Lowford Panel\n\nThe year in review.\n"
    assert [p.kind for p in split(_lines(prose))] != [AGENDA]


def test_a_date_of_next_meeting_opens_nothing_before_the_minutes_that_follow() -> None:
    text = (
        "AGENDA\n\nNotice is hereby given that a meeting of the Lowford Panel will be held at "
        "the Town Hall on 8 April 2021 at 10am.\n\n1 Apologies\n2 Any other business\n\n"
        "Date of next meeting\n\nTuesday 8 June 2021\n\n"
        "MINUTES of a meeting of the Lowford Panel held at the Town Hall on 3 February 2021\n\n"
        "PRESENT: Councillor M Quayle (Chairman)\n"
    )
    document = parse_document(SourceText("pack.txt", "0" * 64, text), Diagnostics())
    minutes = document.parts[-1]
    assert minutes.kind is MINUTES
    assert minutes.lines[0].text.startswith("MINUTES of a meeting")
    assert minutes.meeting is not None
    assert minutes.meeting.date == dt.date(2021, 2, 3)


def test_a_statement_of_a_later_meeting_inside_minutes_starts_no_agenda() -> None:
    text = (
        "MINUTES of a meeting of the Fellward Licensing Committee held at the Guildhall on "
        "4 May 2018.\n\nPresent: Councillors Amis and Burke\n\n7. Task group\n\n"
        "A meeting of the task group will be held on 1 June 2018 at the Guildhall.\n\n"
        "8. Any other business\n"
    )
    assert [p.kind for p in split(_lines(text))] == [MINUTES]


def test_a_pack_stamp_above_a_paper_belongs_to_the_paper() -> None:
    text = (
        "AGENDA\n\nFELLWARD POLICE AND CRIME PANEL\n\nThursday 5 March 2020 at 10am\n\n"
        "1 Apologies\n2 Minutes\n\nAgenda Item 2\n\nFELLWARD POLICE AND CRIME PANEL\n\n"
        "MINUTES of a meeting of the Fellward Police and Crime Panel held at Shire Hall on "
        "9 January 2020.\n\nPresent: Councillors Amis and Burke\n"
    )
    assert [(p.kind, p.first_line) for p in split(_lines(text))] == [(AGENDA, 1), (MINUTES, 10)]


def test_a_notice_after_a_membership_list_keeps_the_list_in_its_agenda() -> None:
    document, _ = _read("agenda-notice-after-membership.txt")
    assert [m.as_written for m in document.parts[0].membership] == [
        "Councillor Iona Petrie",
        "Councillor Ravi Kohli",
        "Mr Ewan Lusk",
    ]
    # a list that belongs to the paper before (its items between) is not taken over
    text = (
        "AGENDA\n\nMIDFORTH PANEL\n\nThursday 5 March 2020 at 10am\n\nMembership\n\n"
        "Councillor Iona Petrie\tMidforth Council\n\n"
        + "".join(f"{n} Report number {n}\n" for n in range(1, 16))
        + "\nMIDFORTH LICENSING PANEL\n\nNotice is hereby given that a meeting of the Midforth "
        "Licensing Panel will be held at Shire Hall on 9 March 2020.\n"
    )
    assert [(p.kind, p.first_line) for p in split(_lines(text))] == [(AGENDA, 1), (AGENDA, 27)]


def test_a_paragraph_about_an_earlier_meeting_opens_no_minutes() -> None:
    text = (
        "MINUTES of a meeting of the Holmesdale Cabinet held at the Town Hall on 3 May 2018."
        "\n\nPresent: Councillors Amis and Burke\n\n4. Car parking\n\n"
        "At a meeting of the working group held in March Members asked for a review\n\n"
        "RESOLVED that the report be noted.\n"
    )
    assert [p.kind for p in split(_lines(text))] == [MINUTES]


def test_at_the_meeting_of_with_a_present_list_opens_minutes() -> None:
    """The Scottish opening with the article 'the': 'At the Meeting of X held in V on D'."""
    text = (
        "At the Meeting of Glenvale Council held in the Council Chamber, Burgh Hall, "
        "Kirkton on Wednesday, 4 May 2016 at 2.00 p.m.\n\n"
        "Present: Provost Ann Reid, Councillors Ian Moss and Lyn Park\n\n"
        "Attending: Tom Hart, Chief Executive; and Una Bell, Clerk.\n"
    )
    assert [(p.kind, p.first_line) for p in split(_lines(text))] == [(MINUTES, 1)]


def test_at_the_meeting_of_in_a_paragraph_or_a_notice_opens_nothing() -> None:
    paragraph = (
        "At the meeting of the working group held in March Members asked for a review.\n\n"
        "RESOLVED that the report be noted.\n"
    )
    assert [p.kind for p in split(_lines(paragraph))] != [MINUTES]
    notice = (
        "At the Meeting of Glenvale Council which will be held in the Burgh Hall on "
        "4 May 2016\n\nPresent: Councillors Ian Moss and Lyn Park\n"
    )
    assert [p.kind for p in split(_lines(notice))] != [MINUTES]


def test_an_agenda_line_takes_a_body_title_above_it_and_nothing_else() -> None:
    """'RAVENSCAR PANEL' / 'AGENDA' open one agenda; the last lines of the paper before
    ('Signed', 'Chairman') stay with that paper."""
    agenda = "AGENDA\n\nThursday 5 March 2020 at 10am\n\n1 Apologies\n"
    titled = split(_lines("RAVENSCAR PANEL\n\n" + agenda))
    assert [(p.kind, p.first_line) for p in titled] == [(AGENDA, 1)]
    signed = split(_lines("Signed\n\nChairman\n\n" + agenda))
    assert [(p.kind, p.first_line) for p in signed][-1] == (AGENDA, 5)


def test_an_agenda_heading_with_spaced_letters_opens_the_agenda() -> None:
    text = "RAVENSCAR PANEL\n\nA G E N D A\n\nThursday 5 March 2020 at 10am\n\n1 Apologies\n"
    assert [(p.kind, p.first_line) for p in split(_lines(text))] == [(AGENDA, 1)]


def test_a_minute_of_meeting_agenda_item_opens_no_minutes() -> None:
    text = (
        "AGENDA\n\nKINLOCHRAY COUNCIL\n\nTuesday 6 June 2023 at 10am\n\n1 Apologies\n\n"
        "Minute of Meeting of the Audit Committee of 2 May 2023 - for approval\n\n"
        "3 Revenue monitoring\n"
    )
    assert [p.kind for p in split(_lines(text))] == [AGENDA]


def test_held_at_is_a_venue_field() -> None:
    """'Held at: Room 2, Town Hall' under a title and a 'Date:' field names the venue."""
    lines = _lines(
        "Exton Audit Committee\n\nDate: 3 May 2022\n\nHeld at: Room 2, Town Hall, Exton\n"
    )
    opening = labelled_opening(lines)
    assert opening is not None
    assert (opening.body, opening.venue) == ("Exton Audit Committee", "Room 2, Town Hall, Exton")


def _numbered(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, 1)]


def test_a_dated_sentence_runs_on_only_to_its_time_or_venue() -> None:
    """The next line continues a dated meeting sentence only when the sentence ends on a
    preposition or the line starts with its venue; a label or prose below does not."""
    wrapped = _numbered(
        "BRAMBLE PANEL", "MINUTES OF MEETING HELD ON 2 MAY 2019, 2.00 P.M.", "AT THE GUILDHALL"
    )
    assert sentence_opening(wrapped, MINUTES_VERBS) == Opening(
        "BRAMBLE PANEL", dt.date(2019, 5, 2), dt.time(14, 0), "GUILDHALL", 2
    )
    for below in ("In attendance: Mr T Crane", "Members noted the report."):
        lines = _numbered("Minutes of a meeting of the Board held on 2 May 2019 at 2.00 pm", below)
        opening = sentence_opening(lines, MINUTES_VERBS)
        assert isinstance(opening, Opening) and opening.venue is None, below


def test_a_sentence_wrapped_before_its_date_runs_on_to_the_dated_line() -> None:
    """'... held in Room 2, Ashby Hall on Friday' / '8 July 2022 at 10.30 am': a line
    starting with the day's number ends a sentence with no date yet; under a dated
    sentence a numbered line stays an item."""
    lines = _numbered(
        "Minutes of a meeting of the Conduct Sub-Committee of the Fenby Police, Fire and",
        "Crime Panel held in Room 2, Ashby Hall, Ashby on Friday",
        "8 July 2022 at 10.30 am",
    )
    assert sentence_opening(lines, MINUTES_VERBS) == Opening(
        "Conduct Sub-Committee of the Fenby Police, Fire and Crime Panel",
        dt.date(2022, 7, 8), dt.time(10, 30), "Room 2, Ashby Hall, Ashby", 1,
    )  # fmt: skip
    dated = _numbered("Minutes of a meeting of the Board held on 2 May 2019 in Elm House", "3 May")
    opening = sentence_opening(dated, MINUTES_VERBS)
    assert isinstance(opening, Opening) and opening.venue == "Elm House"


@pytest.mark.parametrize(
    ("rest", "venue"),
    [
        ("as a hybrid meeting in the Council Chamber, Ashby and by Microsoft Teams on 3 May 2021",
         "Council Chamber, Ashby"),
        ("in hybrid format at the Guildhall, Fenby on 3 May 2021", "Guildhall, Fenby"),
        ("in Room 4 and remotely via Zoom on 3 May 2021", "Room 4"),
        ("as a virtual meeting via Zoom on 3 May 2021", "virtual meeting via Zoom"),
        ("at Teams House and Video Lane on 3 May 2021", "Teams House and Video Lane"),
    ],
)  # fmt: skip
def test_how_a_meeting_sat_is_no_part_of_its_venue(rest: str, venue: str) -> None:
    """'held as a hybrid meeting in V and by Microsoft Teams': V is the venue; a meeting
    held only remotely keeps its manner as printed; a place's own words stay."""
    assert when_and_where(rest)[2] == venue


def test_a_notices_next_sentence_is_no_part_of_its_venue() -> None:
    """'... at 7.00 pm. The agenda is set out below.': the venue ends with the sentence;
    a point inside a place's name ('C.P. School', 'St. Mary's Hall') does not end it."""
    rest = "in the Hall, Ashby on Tuesday, 4 March 2014 at 7.00 pm. The agenda is set out below."
    assert when_and_where(rest)[1:3] == (dt.time(19, 0), "Hall, Ashby")
    assert when_and_where("at Fenby C.P. School on Monday, 3 May 2021")[2] == "Fenby C.P. School"
    assert when_and_where("at St. Mary's Hall on 3 May 2021")[2] == "St. Mary's Hall"


def test_below_a_date_a_sentence_is_never_a_venue() -> None:
    lines = _numbered("Monday 3 June 2019", "2.30 pm", "Town Hall, Ashby", "The Chair opened.")
    assert below_the_date(lines, 0) == (dt.time(14, 30), "Town Hall, Ashby")
    lines = _numbered("Monday 3 June 2019", "MINUTES of the Meeting commencing at 10.00 am")
    assert below_the_date(lines, 0) == (dt.time(10, 0), None)
    assert below_the_date(_numbered("Monday 3 June 2019", "1. Apologies"), 0) == (None, None)


def test_a_date_printed_again_under_the_dated_line_is_no_venue() -> None:
    """A web page's meeting documents print the date and time, then each again alone."""
    lines = _numbered(
        "Tuesday, 4th June, 2019 7.30 pm", "", "Tuesday, 4th June, 2019", "07.30 p.m.",
        "Committee Room 2, Civic Centre",
    )  # fmt: skip
    assert below_the_date(lines, 0) == (dt.time(19, 30), "Committee Room 2, Civic Centre")


def test_the_date_printed_again_with_its_time_under_the_date_alone() -> None:
    """A committee system's page heads the meeting with its date alone, then prints the
    date again with the time, over the place."""
    lines = _numbered(
        "Thursday, 9th October, 2012", "", "", "Thursday 9th October, 2012 at 2:00pm",
        "Council Chamber, Council Offices, Ashby",
    )  # fmt: skip
    assert below_the_date(lines, 0) == (dt.time(14, 0), "Council Chamber, Council Offices, Ashby")
    other_day = _numbered("Thursday, 9th October, 2012", "Friday 10th October, 2012 at 2pm")
    assert below_the_date(other_day, 0)[0] is None


def test_a_title_split_by_of_is_one_name_and_a_bracketed_note_is_none() -> None:
    titles = _numbered("LICENSING PANEL", "OF", "ASHBY DISTRICT COUNCIL", "MINUTES")
    assert title_body(titles, 3) == "LICENSING PANEL of ASHBY DISTRICT COUNCIL"
    assert title_body(_numbered("FENBY JOINT COMMITTEE", "(Fenby and Ashby Councils)", ""), 2) == (
        "FENBY JOINT COMMITTEE"
    )
    assert title_body(_numbered("PLANNING COMMITTEE", "ASHBY DISTRICT COUNCIL"), 2) == (
        "ASHBY DISTRICT COUNCIL"
    )


def test_an_address_opens_a_paper_only_under_a_letterhead() -> None:
    """The letterhead's address and clerk lines belong to the minutes under them; an
    address with no letterhead above (the end of the paper before) does not."""
    opening = "Minutes of the meeting of the Council held on 4 May 2021"
    address = "The Hall, Ashby AS1 2BC"
    lines = _numbered("ASHBY TOWN COUNCIL", address, "Clerk: Mrs Pye", "", opening)
    assert letterhead_start(lines, 4) == 0
    lines = _numbered("Please reply to:", address, "", opening)
    assert letterhead_start(lines, 3) == 3


@pytest.mark.parametrize(
    ("printed", "body"),
    [
        ("Extra-Ordinary Full Council", "Full Council"),
        ("Extraordinary Council", "Council"),
        ("Wendlebury Parish Council Monthly", "Wendlebury Parish Council"),
        ("Statutory Annual", "meeting"),  # the kind alone: the title names the body
        ("Annual Parish", "meeting"),
        # how it met is no part of the name either
        ("Brynmor Community Council virtual", "Brynmor Community Council"),
        ("Fenby Town Council Remote", "Fenby Town Council"),
        ("Hybrid Planning Committee", "Planning Committee"),
        ("ORCHARD VALE PARISH COUNCIL.", "ORCHARD VALE PARISH COUNCIL"),
        # a body whose own name starts with such a word keeps it
        ("Special Educational Needs Panel", "Special Educational Needs Panel"),
        ("General Purposes Committee", "General Purposes Committee"),
        ("Annual General Purposes Committee", "General Purposes Committee"),
        ("Licensing Committee", "Licensing Committee"),
        # the annual general meeting of the council named after it
        ("Annual General Parish Council", "Parish Council"),
    ],
)
def test_the_kind_of_meeting_is_no_part_of_the_body(printed: str, body: str) -> None:
    assert without_meeting_kind(printed) == body


def test_a_sentence_with_the_meeting_kind_names_the_body_of_the_title() -> None:
    lines = [
        Line(1, "FERNLEIGH PARISH COUNCIL"),
        Line(2, "MINUTES OF THE ANNUAL MEETING HELD ON 13 MAY 2014 AT THE VILLAGE HALL"),
    ]
    opening = sentence_opening(lines, MINUTES_VERBS)
    assert isinstance(opening, Opening)
    assert (opening.body, opening.date) == ("FERNLEIGH PARISH COUNCIL", dt.date(2014, 5, 13))
    monthly = [Line(1, "Minutes of the Oakridge Town Council Monthly Meeting held on 3 June 2019")]
    opening = sentence_opening(monthly, MINUTES_VERBS)
    assert isinstance(opening, Opening) and opening.body == "Oakridge Town Council"


def test_the_word_meeting_after_a_title_body_is_dropped() -> None:
    lines = [
        Line(1, "Minutes of the Housing Review Panel Meeting"),
        Line(2, "Thursday 28 March 2013"),
        Line(3, ""),
        Line(4, "Present: Councillors Amble and Birtle"),
    ]
    opening = dated_title_opening(lines)
    assert opening is not None and opening.body == "Housing Review Panel"


def test_a_committee_systems_kind_label_names_no_body() -> None:
    """ "Committee Minutes" between the body's name and the date is the page's label for
    the papers' kind: the body is the name above it."""
    lines = [
        Line(1, "Cabinet"),
        Line(2, ""),
        Line(3, "Committee Minutes"),
        Line(4, ""),
        Line(5, "Wed Jan 13 2016"),
        Line(6, ""),
        Line(7, "Present:-"),
    ]
    opening = dated_title_opening(with_plain_dates(lines))
    assert opening is not None
    assert (opening.body, opening.date) == ("Cabinet", dt.date(2016, 1, 13))
    lines[0] = Line(1, "Development Control")  # no body's noun: the label's word completes it
    opening = dated_title_opening(with_plain_dates(lines))
    assert opening is not None and opening.body == "Development Control Committee"


def test_a_dated_line_in_capitals_under_the_title() -> None:
    lines = [
        Line(1, "MARSHFIELD AND COLTBY PARISH COUNCIL"),
        Line(2, "CEMETERY COMMITTEE"),
        Line(3, "MONDAY 23 MARCH 2015 AT 7.15 PM AT THE PARISH OFFICES"),
        Line(4, "PRESENT: Cllrs Wren, Pike"),
    ]
    opening = dated_title_opening(lines)
    assert opening is not None
    assert opening.date == dt.date(2015, 3, 23) and opening.time == dt.time(19, 15)
    assert "CEMETERY COMMITTEE" in title_body(lines, 2)


@pytest.mark.parametrize(
    ("text", "body", "date", "rest"),
    [
        ("Minutes of Parish Council 22 November 2023", "Parish Council", dt.date(2023, 11, 22), ""),
        ("BOROUGH OF ELMSTEAD CABINET 12 JUNE 2018", "BOROUGH OF ELMSTEAD CABINET",
         dt.date(2018, 6, 12), ""),
        ("MINUTES MEETING FARLEIGH TOWN COUNCIL WEDNESDAY 15TH APRIL 2015",
         "FARLEIGH TOWN COUNCIL", dt.date(2015, 4, 15), ""),
        ("Wessex Downs Police and Crime Panel - Thursday, 16th November, 2017 10.30 am",
         "Wessex Downs Police and Crime Panel", dt.date(2017, 11, 16), " 10.30 am"),
    ],
)  # fmt: skip
def test_a_title_line_with_its_meeting_date(text: str, body: str, date: dt.date, rest: str) -> None:
    assert titled_date(text) == (body, date, rest)


@pytest.mark.parametrize(
    "text",
    [
        "The Panel met on 3 May 2019. It agreed the plan.",  # a sentence
        "Minutes of the Planning Committee held on 3 May 2019",  # another reader's
        "Report to the Cabinet 4 May 2019",  # names no body as a title
        "Budget figures for 3 May 2019",  # no body's noun
    ],
)
def test_a_line_that_is_no_dated_title(text: str) -> None:
    assert titled_date(text) is None


def test_a_dated_title_line_opens_minutes_with_its_time_and_place() -> None:
    text = (
        "MARSHFIELD PARISH COUNCIL CEMETERY COMMITTEE MONDAY 23 MARCH 2015 AT 7.15 PM AT THE "
        "PARISH OFFICES, MARSHFIELD\n\nPRESENT: Cllrs Wren, Pike\n\n1. APOLOGIES\n\nNone.\n"
    )
    document = parse_document(SourceText("x.txt", "0" * 64, text), Diagnostics())
    minutes = [p for p in document.parts if p.kind is MINUTES]
    assert len(minutes) == 1 and minutes[0].meeting is not None
    meeting = minutes[0].meeting
    assert meeting.body_name == "MARSHFIELD PARISH COUNCIL CEMETERY COMMITTEE"
    assert (meeting.date, meeting.time) == (dt.date(2015, 3, 23), dt.time(19, 15))
    assert meeting.venue == "PARISH OFFICES, MARSHFIELD"


def test_a_web_page_title_with_the_date_and_a_venue_line() -> None:
    text = (
        "Agenda and minutes\n\nWessex Downs Police and Crime Panel - Tuesday, 15 September "
        "2020 10.30 am\n\nVenue: Council Chamber, Elmstead\n\n1.\n\nAPOLOGIES FOR ABSENCE\n\n"
        "Minutes:\n\nApologies were received from Councillor Hale.\n"
    )
    document = parse_document(SourceText("x.txt", "0" * 64, text), Diagnostics())
    minutes = [p for p in document.parts if p.kind is MINUTES]
    assert len(minutes) == 1 and minutes[0].meeting is not None
    assert minutes[0].meeting.body_name == "Wessex Downs Police and Crime Panel"
    assert minutes[0].meeting.venue == "Council Chamber, Elmstead"
    assert [m.title for m in minutes[0].minutes] == ["APOLOGIES FOR ABSENCE"]


def test_a_dated_page_title_with_no_title_above_is_passed_over() -> None:
    lines = [
        Line(number=i + 1, text=t)
        for i, t in enumerate(
            [
                "Minutes 3rd March 2019",
                "",
                "Minutes of the Meeting of the Parish Council",
                "Tuesday 3rd March 2019, The Reading Room, Eastby Magna",
                "",
                "Present: Councillors A Brook, C Dale",
            ]
        )
    ]
    opening = dated_title_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.line) == (
        "Parish Council",
        dt.date(2019, 3, 3),
        4,
    )
    facts = minutes_header(lines, "x.txt", Diagnostics())
    assert facts is not None
    assert facts.body_name == "Eastby Magna Parish Council"


def test_a_dated_title_line_inside_a_paper_starts_nothing() -> None:
    lines, _ = clean(
        "Present: Cllrs Wren, Pike\n\n1. Minutes\n\n"
        "Audit Committee 12 March 2024\n\nThe minutes were agreed.\n"
    )
    assert detect_titled_date(lines, 4) is None
    assert len(split(lines)) == 1


def test_a_record_put_as_a_statement_opens_minutes() -> None:
    text = (
        "A MEETING OF ASHCOMBE PARISH COUNCIL was held on TUESDAY, 13 th JANUARY 2015 in the "
        "VILLAGE HALL, MILL LANE at 7.30pm\n\nPresent: Cllrs Wren (Chair), Pike\n\n"
        "1. Apologies\n\nNone.\n"
    )
    document = parse_document(SourceText("x.txt", "0" * 64, text), Diagnostics())
    assert [p.kind for p in document.parts] == [MINUTES]
    meeting = document.parts[0].meeting
    assert meeting is not None
    assert (meeting.body_name, meeting.date, meeting.time, meeting.venue) == (
        "ASHCOMBE PARISH COUNCIL", dt.date(2015, 1, 13), dt.time(19, 30), "VILLAGE HALL, MILL LANE",
    )  # fmt: skip


def test_a_statement_of_a_past_meeting_inside_minutes_starts_nothing() -> None:
    lines, _ = clean(
        "A meeting of the working group was held on 4 May 2015 and its notes circulated.\n\n"
        "The Council noted the notes.\n"
    )
    assert [p.kind for p in split(lines)] == [DocumentKind.OTHER]


def test_a_bold_letterhead_and_a_bilingual_kind_title_open_the_record() -> None:
    """Bold marks around a letterhead do not hide it, and a line naming only the kind of
    paper ("Cofnodion / Minutes") belongs to the record under the letterhead; a sentence
    above the opening does not."""
    opening = "Minutes of the Meeting of the Board held on 3 May 2021"
    lines = _numbered("**PORT OF ASHBY COMMISSIONERS**", "", opening)
    assert letterhead_start(lines, 2) == 0
    lines = _numbered("CYNGOR TREF ASHBY TOWN COUNCIL", "", "Cofnodion / Minutes", "", opening)
    assert letterhead_start(lines, 4) == 0
    lines = _numbered("The Chair closed the meeting.", "", "Minutes", "", opening)
    assert letterhead_start(lines, 4) == 2


def test_a_clerks_line_under_a_letterhead_belongs_to_the_summons() -> None:
    """A parish summons: the council's name, then its clerk's address line, then the
    letter's 'To:' line and the summons: one agenda from the council's name."""
    lines = _numbered(
        "Ashby Parva Parish Council",
        "Clerk: Mr B. Pye, 2 Mill Lane, Ashby Parva AS1 2BC",
        "",
        "To: All Members of the Parish Council",
        "",
        "You are hereby summoned to attend the Meeting of the Parish Council to be held at",
        "the Village Hall on Monday 2 March 2026 at 7.30pm.",
        "",
        "1. Apologies",
    )
    parts = split(lines)
    assert [(p.kind, p.lines[0].number) for p in parts] == [(AGENDA, 1)]


def test_a_dated_sentence_runs_on_to_a_time_on_the_next_line() -> None:
    """'... on Friday 8 July 2022' / 'at 11.00 am in the Boardroom, ...': the time and the
    place wrapped onto the line below belong to the sentence; an item below does not."""
    lines = _numbered(
        "Minutes of the meeting of the Ashby Combined Authority held on Friday 8 July 2022",
        "at 11.00 am in the Boardroom, Quay House, Ashby",
    )
    opening = sentence_opening(lines, MINUTES_VERBS)
    assert isinstance(opening, Opening)
    assert (opening.time, opening.venue) == (dt.time(11, 0), "Boardroom, Quay House, Ashby")
    lines = _numbered(
        "Minutes of the meeting of the Ashby Combined Authority held on Friday 8 July 2022",
        "1. Apologies at 11.00 am",
    )
    opening = sentence_opening(lines, MINUTES_VERBS)
    assert isinstance(opening, Opening) and opening.time is None


def test_a_start_field_gives_the_time_over_a_timetables_heading_row() -> None:
    """'Start: 10.00 am' is the meeting's time; the timetable's 'Time<TAB>Item' heading row
    below holds no time and does not hide it."""
    lines = _numbered(
        "Ashby Joint Scrutiny Committee",
        "Date:     Thursday 14 March 2024",
        "Start:    10.00 am (pre-meeting at 9.30 am)",
        "Location: Room 4, County Offices, Ashby",
        "Time\tItem\tBusiness",
    )
    opening = labelled_opening(lines)
    assert opening is not None and opening.time == dt.time(10, 0)


def test_a_notice_set_apart_from_its_date_by_a_blank_line_runs_on_to_it() -> None:
    """'... will be held at the Guild Office, on' / '' / 'MONDAY 3rd MAY 2010, commencing at
    10 a.m.': the date in capitals after a blank line ends the sentence; a sentence that
    ends on no preposition does not run on across the blank."""
    notice = "NOTICE IS HEREBY GIVEN that a MEETING of the Authority will be held at the"
    lines = _numbered(
        "ASHMOUTH HARBOUR AUTHORITY",
        "",
        notice,
        "Guild Office, Quay Street, Ashmouth, on",
        "",
        "MONDAY 3rd MAY 2010, commencing at 10 a.m.",
    )
    opening = sentence_opening(lines, NOTICE_VERBS)
    assert opening == Opening(
        "ASHMOUTH HARBOUR AUTHORITY", dt.date(2010, 5, 3), dt.time(10, 0),
        "Guild Office, Quay Street, Ashmouth", 3,
    )  # fmt: skip
    ended = _numbered(notice, "Guild Office, Ashmouth.", "", "MONDAY 3rd MAY 2010")
    assert not isinstance(sentence_opening(ended, NOTICE_VERBS), Opening)


def test_a_record_set_a_line_to_a_paragraph_runs_on_from_held_at_to_its_date() -> None:
    """'Minutes of the X Meeting held at' / '' / 'The Town Hall, Ashby on:' / '' / the date:
    after "held at" the venue follows across the blank, and "on:" runs on to the date."""
    lines = _numbered(
        "Minutes of the Extraordinary Council Meeting held at",
        "",
        "The Town Hall, Market Place, Ashby on:",
        "",
        "Thursday 31st May 2029 at 7.30 p.m.",
    )
    opening = sentence_opening(lines, MINUTES_VERBS)
    assert isinstance(opening, Opening)
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "Council",
        dt.date(2029, 5, 31),
        dt.time(19, 30),
        "Town Hall, Market Place, Ashby",
    )
    ended = _numbered("Minutes of the Council Meeting held at.", "", "The Town Hall, Ashby on:")
    assert not isinstance(sentence_opening(ended, MINUTES_VERBS), Opening)


def test_when_and_where_labels_and_a_fund_over_its_board_name_the_meeting() -> None:
    """'When:'/'Where:' are date and venue labels; a board printed under its pension fund
    ('Ashby Pension Fund' / 'Local Pension Board') is that fund's board, while a line
    above that names no fund is left out."""
    lines = _numbered(
        "Ashby Pension Fund",
        "Local Pension Board",
        "",
        "When:    Tuesday 4 June 2024 at 10.00 am",
        "Where:   Room 1, Civic Centre, Ashby",
        "",
        "Membership",
    )
    opening = labelled_opening(lines)
    assert opening == Opening(
        "Ashby Pension Fund Local Pension Board", dt.date(2024, 6, 4), dt.time(10, 0),
        "Room 1, Civic Centre, Ashby", 4,
    )  # fmt: skip
    assert [(p.kind, p.lines[0].number) for p in split(lines)] == [(AGENDA, 1)]
    assert title_body(_numbered("Civic Centre", "Local Pension Board", ""), 2) == (
        "Local Pension Board"
    )


@pytest.mark.parametrize(
    "below", ["Membership:", "Enquiries to: A. Clerk, 01234 567890", "Contact officer: A. Clerk"]
)
def test_a_front_sheets_membership_or_contact_line_makes_the_fields_an_agenda(below: str) -> None:
    """Under 'Date of meeting:' and 'Place:' fields, a 'Membership:' label or the clerk's
    contact line shows an agenda's front sheet; an 'Agenda Item 2' stamp alone does not."""
    fields = ["ASHBY SCRUTINY PANEL", "", "Date of meeting:  Thursday 4 October 2012"]
    fields += ["Place:   Room 1, Ashby Hall", ""]
    assert [p.kind for p in split(_numbered(*fields, below))] == [AGENDA]
    stamped = [p.kind for p in split(_numbered(*fields, "Agenda Item 2"))]
    assert AGENDA not in stamped


def test_a_letter_notice_starts_at_the_letterhead_over_its_fields_and_greeting() -> None:
    """'Ashby District Council' / address / 'Date:', 'Ask for:', 'Direct line:' fields /
    'Dear Councillor' / the subject line / 'You are invited to attend a meeting ...': one
    agenda from the letterhead, its committee named with the letterhead's authority; a
    report's cover fields under the authority's name start the report there."""
    lines = _numbered(
        "Ashby District Council", "Council Offices, Elm Walk, Ashby AB1 2CD", "",
        "                        Date:        3 March 2014",
        "                        Ask for:     Mrs A. Clerk",
        "                        Direct line: 01234 567890", "",
        "Dear Councillor", "", "PLANNING COMMITTEE – TUESDAY, 11 MARCH 2014", "",
        "You are invited to attend a meeting of the Planning Committee to be held",
        "in the Council Chamber, Ashby on Tuesday, 11 March 2014 at 7.00 pm. The agenda",
        "is set out below.", "", "AGENDA", "", "1.   Apologies", "",
        "Ashby District Council", "", "Report to:   Planning Committee",
        "Date:        11 March 2014", "Subject:     TREE PRESERVATION ORDERS", "",
    )  # fmt: skip
    parts = split(lines)
    assert [(p.kind, p.lines[0].number) for p in parts] == [(AGENDA, 1), (REPORT, 20)]
    facts = notice_of_meeting(parts[0].lines, "a.txt", Diagnostics())
    assert facts is not None
    assert (facts.body_name, facts.venue) == (
        "Ashby District Council Planning Committee",
        "Council Chamber, Ashby",
    )


def test_a_summons_letter_starts_at_the_letterhead_over_its_addressees() -> None:
    """'Fenby Council' / 'To: The Chair and Members of ...' / a bracketed list of members
    broken over lines / 'Dear Councillor' / 'You are summoned ...': one agenda from the
    letterhead; a sentence between the addressees and the summons keeps them apart."""
    head = [
        "Fenby Council",
        "",
        "To: The Chair and Members of the Licensing Committee",
        "    (Councillors Abbot (Chair), Bream, Cole,",
        "    Dunn and Ellery)",
        "",
        "Dear Councillor",
        "",
    ]
    summons = "You are summoned to attend a meeting of the LICENSING COMMITTEE to be held on"
    lines = _numbered(*head, summons, "Monday 2 March 2026 at 7.00 pm.", "", "1. Apologies")
    assert [(p.kind, p.lines[0].number) for p in split(lines)] == [(AGENDA, 1)]
    lines = _numbered(*head[:6], "We met in May.", "", summons, "Monday 2 March 2026.")
    assert [p.lines[0].number for p in split(lines)][-1] != 1


def test_a_summons_with_no_letterhead_starts_at_its_addressees_line() -> None:
    """'To: All Members of the Council' first on the page, then 'You are hereby summoned
    ...': the addressees' line is the agenda's own, no paper of its own above it."""
    summons = (
        "YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF WYKE PARISH COUNCIL TO BE HELD in the "
        "Old School on Monday 2nd March 2026, at 7.30PM FOR THE PURPOSE OF TRANSACTING THE "
        "FOLLOWING BUSINESS:"
    )
    lines = _numbered("To: ALL MEMBERS OF THE COUNCIL", summons, "AGENDA", "1. Apologies")
    assert [(p.kind, p.lines[0].number) for p in split(lines)] == [(AGENDA, 1)]


def test_a_report_to_cover_opens_a_report_and_a_lone_report_to_line_does_not() -> None:
    """'REPORT TO: X' / 'DATE: D' / 'SUBJECT: Y' after an agenda opens a report; the same
    words without a subject field below (a sentence in a paper) open nothing."""
    agenda = ["Notice is hereby given that a meeting of the Fenby Board will be held on "
              "2 March 2026.", "", "1. Apologies", ""]  # fmt: skip
    cover = ["REPORT TO: Fenby Board", "DATE: 2 March 2026", "SUBJECT: Parking Review", ""]
    parts = split(_numbered(*agenda, *cover, "1. PURPOSE"))
    assert [(p.kind, p.lines[0].number) for p in parts] == [(AGENDA, 1), (DocumentKind.REPORT, 5)]
    parts = split(_numbered(*agenda, "Report to: the Board in May", "", "1. PURPOSE"))
    assert [p.kind for p in parts] == [AGENDA]


def test_a_title_line_may_put_on_between_the_body_and_its_date() -> None:
    """'Meeting of Fenby Licensing Committee on Monday, 2 March 2026, 7.00pm' is a title
    with its date; 'The Panel met on 3 May 2019' is a sentence."""
    found = titled_date("Meeting of Fenby Licensing Committee on Monday, 2 March 2026, 7.00pm")
    assert found is not None and found[:2] == ("Fenby Licensing Committee", dt.date(2026, 3, 2))
    assert titled_date("The Panel met on 3 May 2019") is None


def test_a_decision_citing_earlier_minutes_opens_no_paper() -> None:
    from minutebook.parsing.splitting import continues_a_sentence, split

    lines = [
        Line(1, "MINUTES OF THE MEETING OF THE ASHFORD VALE PANEL HELD ON 4 MAY 2025"),
        Line(2, "PRESENT: Councillor A. Brook"),
        Line(3, "1. MINUTES"),
        Line(4, "RESOLVED that the minutes of the meeting of the Ashford Vale Panel"),
        Line(5, "held on 2nd March 2025 be signed as a correct record."),
    ]
    assert len(split(lines)) == 1
    assert continues_a_sentence("RESOLVED that the minutes of the Panel", "held on 2 May 2025")
    # must not fire: a record's own title over its held line
    assert not continues_a_sentence("PLANNING COMMITTEE", "Held on 4 May 2025 at 7.00 pm")


def test_a_date_ending_a_decision_s_sentence_opens_no_paper() -> None:
    """'It was agreed to defer the minutes of the meeting held on' / '7 April 2025 to the
    next meeting': the date carries on a decision begun above, under a title-like line."""
    from minutebook.parsing.splitting import detect_dated_title

    lines = [
        Line(1, "The Panel received an update on a conduct matter."),
        Line(2, "Minutes of the Ashford Vale Panel (Part 2) 7 April 2025"),
        Line(3, "It was agreed to defer consideration of the minutes of the meeting held on"),
        Line(4, "7 April 2025 to the next meeting of the Panel."),
    ]
    assert detect_dated_title(lines, 3) is None
    # must fire: a title over its dated line, then who came
    titled = [
        Line(1, "MEETING OF THE ASHFORD VALE PANEL"),
        Line(2, "Thursday 25 October 2025, Council Chamber"),
        Line(3, "Present: Councillor A. Brook"),
    ]
    assert detect_dated_title(titled, 1) is not None


def _minutes_meeting(*texts: str) -> tuple[str, str | None]:
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    meeting = minutes_header(lines, "x.txt", Diagnostics())
    assert meeting is not None
    return meeting.body_name, meeting.venue


def test_a_venue_labelled_under_the_dated_line() -> None:
    """'Held at: V' under 'Friday 3 May 2024 at 10.00 am' gives the venue; the body is the
    board named after its authority's kind ('Combined Authority Board')."""
    assert _minutes_meeting(
        "Marlhaven Vale Combined Authority",
        "",
        "Minutes of the Combined Authority Board",
        "",
        "Friday 3 May 2024 at 10.00 am",
        "",
        "Held at: Room 2, Portgate Civic Offices, Portgate",
        "",
        "Present:",
    ) == ("Marlhaven Vale Combined Authority Board", "Room 2, Portgate Civic Offices, Portgate")


def test_the_room_members_were_present_in_is_the_venue() -> None:
    assert _minutes_meeting(
        "Fenby District Council",
        "Licensing Committee",
        "Minutes of the meeting held on Tuesday 4 June 2019 commencing at 7.00pm",
        "",
        "Present in the Assembly Room, Fenby Guildhall:",
        "",
        "Cllr A Moss (Chair)\tCllr B Lyle",
    ) == ("Fenby District Council Licensing Committee", "Assembly Room, Fenby Guildhall")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Held at: Committee Room 3, Town Hall", "Committee Room 3, Town Hall"),
        ("Venue:\tThe Guildhall, Fenby", "Guildhall, Fenby"),
        ("Present: Cllr A Moss", None),
        ("Held at the Town Hall", None),  # no label: the other readers' sentence
        ("Date: 4 June 2019", None),
    ],
)
def test_labelled_venue_under(text: str, venue: str | None) -> None:
    assert labelled_venue_under(text) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Present in the Council Chamber, Ashby House:", "Council Chamber, Ashby House"),
        ("PRESENT AT THE GUILDHALL, FENBY:", "GUILDHALL, FENBY"),
        ("Present at the meeting:", None),  # lower case: no place
        ("Present in Person:", None),
        ("Present in the main hall:", None),
        ("Present:", None),
        ("Present in the Council Chamber were Cllrs Moss and Lyle.", None),
    ],
)
def test_present_in_venue(text: str, venue: str | None) -> None:
    assert present_in_venue(text) == venue


def test_a_venue_runs_on_to_its_indented_next_line() -> None:
    """'Place:' over an indented line continues the address when the value ends with a
    comma or the line starts in the value's column; a label or an unindented line below
    does not."""
    head = "Ashby Schools Forum\n\nDate:     4 May 2022\n"
    wrapped = head + "Place:    Room 2, Mill Road,\n          Ashby\n"
    aligned = head + "Venue:    Room 2\n          Mill House, Ashby\n"
    labelled = head + "Place:    Room 2,\n   Time: 10am\n"
    flush = head + "Place:    Room 2, Mill Road,\nMEMBERSHIP\n"
    venues = [labelled_opening(_lines(t)) for t in (wrapped, aligned, labelled, flush)]
    assert [o.venue if o else None for o in venues] == [
        "Room 2, Mill Road, Ashby",
        "Room 2, Mill House, Ashby",
        "Room 2",
        "Room 2, Mill Road",
    ]


def test_a_bracketed_abbreviation_after_a_body_is_left_out() -> None:
    """'(SACRE)' after 'Standing Advisory Council on Religious Education' is its short name;
    brackets whose letters are not the name's initials stay."""
    assert without_abbreviation("Standing Advisory Council on Religious Education (SACRE)") == (
        "Standing Advisory Council on Religious Education"
    )
    assert without_abbreviation("Ashby Health and Wellbeing Board (HWB)") == (
        "Ashby Health and Wellbeing Board"
    )
    assert without_abbreviation("Cabinet (PART B)") == "Cabinet (PART B)"
    assert (
        without_abbreviation("Fenbury Schools Forum (Special)") == "Fenbury Schools Forum (Special)"
    )


def test_a_reference_code_over_the_title_names_no_body() -> None:
    """A Scottish council prints its minute's reference ("2008.E.P.C.4") over the title; a
    line with no word of three letters is no title, so it never becomes the meeting's body
    (invented example)."""
    from minutebook.parsing.dated_title_openings import dated_title_opening
    from minutebook.parsing.openings import title_lines

    lines = [
        Line(n, t)
        for n, t in enumerate(
            [
                "2008.E.P.C.4",
                "",
                "THE EASTSHIRE COUNCIL - PLANNING COMMITTEE -",
                "KIRKTON.",
                "",
                "3rd March, 2008",
                "",
                "10.00 a.m. - 12.15 p.m.",
            ],
            start=1,
        )
    ]
    assert title_lines(lines, 2) == []
    opening = dated_title_opening(lines)
    assert opening is None or "2008" not in opening.body


def test_a_front_sheet_set_out_a_phrase_to_a_line_under_its_date() -> None:
    text = (
        "WYKE HILLS JOINT ADVISORY COMMITTEE\n\nTuesday 21st January 2020\n\nat\n\n2.15pm\n\n"
        "in the\n\nNorth Wyke Bowling Club\n\nTo: The members of the Committee\n"
    )
    assert below_the_date(_lines(text), 2) == (dt.time(14, 15), "North Wyke Bowling Club")
