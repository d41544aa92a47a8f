"""A committee system's page for one meeting: "Cabinet - Monday 23rd May, 2016 7.45 pm"
over "Venue: ..."; one paper, minutes when it records; the older page stacks the committee
over the date (zoo: minutes-council-meeting-list-page, agenda-committee-stacked-meeting-page)."""

from __future__ import annotations

import datetime as dt

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line
from minutebook.parsing.content_kind import record_evidence
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.meeting_list_pages import (
    headless_page_kind,
    list_page_opening,
    list_page_start,
    stacked_page_kind,
)
from minutebook.parsing.splitting import split
from opening_facts import parsed

PAGE = (
    "Annual Council, Council - Tuesday 19th May, 2015 6.30 pm\n\n"
    "Venue: Assembly Hall - Guildhall, Ellerby. View directions\n\nNo. Item\n\n1.\n\n"
    "Election of Mayor\n\nTo elect the Mayor.\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_the_title_and_venue_lines_give_the_meeting() -> None:
    opening = list_page_opening(_lines(PAGE))
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue, opening.line) == (
        "Council",
        dt.date(2015, 5, 19),
        dt.time(18, 30),
        "Assembly Hall - Guildhall, Ellerby",
        1,
    )
    titled = PAGE.replace("Annual Council, Council", "Finance, Audit and Risk Board")
    opening = list_page_opening(_lines(titled))
    assert opening is not None and opening.body == "Finance, Audit and Risk Board"


def test_the_page_is_an_agenda_until_it_records() -> None:
    assert list_page_start(_lines(PAGE), 0) is DocumentKind.AGENDA
    record = PAGE + "\nMinutes:\n\n1.1   The Council agreed that Ann Reid be Mayor.\n"
    assert list_page_start(_lines(record), 0) is DocumentKind.MINUTES
    # the page's own heading over the title line: its kind is still read from its text
    assert list_page_start(_lines("Agenda and minutes\n" + PAGE), 1) is DocumentKind.AGENDA
    assert list_page_start(_lines("Wyke Council\n" + PAGE), 1) is None
    assert record_evidence(_lines("2.3   The Board agreed the plan.")) == {"decision"}


def test_a_title_line_without_a_venue_under_it_opens_nothing() -> None:
    bare = PAGE.replace("Venue:", "Where:")
    assert list_page_opening(_lines(bare)) is None
    assert list_page_start(_lines(bare), 0) is None


OLDER = "Meeting documents\n\nPlanning Board\nMonday, 2nd July 2007\n\nPlace:\nRoom 2, Town Hall\n"


def test_an_older_page_stacks_the_committee_over_the_date() -> None:
    opening = list_page_opening(_lines(OLDER))
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue, opening.line) == (
        "Planning Board",
        dt.date(2007, 7, 2),
        None,
        "Room 2, Town Hall",
        3,
    )
    assert stacked_page_kind(_lines(OLDER)) is DocumentKind.AGENDA
    titled = list_page_opening(_lines(OLDER.replace("Planning", "Agenda for the Planning")))
    assert titled is not None and titled.body == "Planning Board"
    record = OLDER + "C 07/01 Minutes\nRESOLVED: That the minutes be approved.\n"
    assert stacked_page_kind(_lines(record)) is DocumentKind.MINUTES
    assert stacked_page_kind(_lines(record.replace("Place:", "Present:"))) is None


NOTED = (
    "(Special meeting), Ashcombe and Vale Police and Crime Panel. - Monday, 5 March 2018 "
    "2.00 pm\n\nVenue: Room 4, County Offices\n\nNo. Item\n\nPrecept\n\n"
    "The Chair welcomed the Commissioner to the meeting.\n\n"
    "The minutes of the meeting held on 1 February were agreed as a correct record.\n\n"
    "Members asked how the reserves would be used.\n"
)


def test_a_meetings_note_before_the_body_and_its_stop_are_no_part_of_its_name() -> None:
    opening = list_page_opening(_lines(NOTED))
    assert opening is not None
    assert opening.body == "Ashcombe and Vale Police and Crime Panel"
    assert opening.time == dt.time(14, 0)
    # told in the past tense, no "Minutes:" label nor "RESOLVED": still a record
    assert list_page_start(_lines(NOTED), 0) is DocumentKind.MINUTES


def test_the_title_page_and_the_older_page_read_one_venue_label() -> None:
    placed = PAGE.replace("Venue: Assembly Hall", "Place: Assembly Hall")
    opening = list_page_opening(_lines(placed))
    assert opening is not None and opening.venue == "Assembly Hall - Guildhall, Ellerby"
    older = _lines("Cabinet\nThursday, 16th August 2007 10.00 am\nVenue : Room 1\n")
    stacked = list_page_opening(older)
    assert stacked is not None and stacked.venue == "Room 1"


HEADLESS = (
    "Venue: Room 3, Brigade Headquarters\n\nContact: The Clerk\n\nNo. Item\n\n"
    "Authority Meeting 2 May 2021 pdf icon PDF 90 KB\n\n"
    "RESOLVED that the Minutes of the meeting held on 2 May 2021 be signed.\n"
)


def test_a_page_printed_without_its_title_line_is_one_paper_naming_no_meeting() -> None:
    assert headless_page_kind(_lines(HEADLESS)) is DocumentKind.MINUTES
    assert [p.kind for p in split(_lines(HEADLESS))] == [DocumentKind.MINUTES]
    # the item's "Authority Meeting 2 May 2021" is an earlier meeting, not the page's
    assert minutes_header(_lines(HEADLESS), "f.txt", Diagnostics()) is None
    assert headless_page_kind(_lines(HEADLESS.replace("No. Item", "Contents"))) is None


def test_a_headless_page_under_its_own_heading_with_empty_cells_in_its_header() -> None:
    """ "Agenda and minutes" over the venue (the committee's dated line lost), the items'
    header closed by the empty cells' pipes ("No. | Item | ||||"): still a headless page;
    another heading over the venue is not."""
    page = "Agenda and minutes\n" + HEADLESS.replace("No. Item", "No. | Item | ||||||")
    assert headless_page_kind(_lines(page)) is DocumentKind.MINUTES
    assert [p.kind for p in split(_lines(page))] == [DocumentKind.MINUTES]
    assert headless_page_kind(_lines("Parish News\n" + HEADLESS)) is None


LOST_NUMBERS = (
    "Agenda and minutes\n\n"
    "Licensing - Tuesday, 3rd March, 2031 7.00 pm\n\n"
    "Venue: Council Chamber Town Hall. View directions\n\nContact: Ann Reid \n\nNo. Item\n\n\n"
    "Declarations of Interest\n\n\n"
    "Councillors Ames and Bell declared personal interests in Application 2031/004.\n\n\n"
    "Confirmation of Minutes\n\n\n(Minutes attached)\n\n\n"
    "The minutes of the meeting held on 3 February 2031 were confirmed.\n\n\n"
    "Applications for a licence\n\n\n(Items below refer)\n\n\n"
    "The Committee considered two applications.\n"
)


def test_a_page_under_its_own_heading_and_its_bracketed_notes() -> None:
    """ "Agenda and minutes" over the committee's dated line: the page is still a meeting
    page, the heading its first line; its items' numbers lost, the titles head unnumbered
    minutes, and a note wholly in brackets under a title ("(Minutes attached)") heads none."""
    lines = _lines(LOST_NUMBERS)
    assert list_page_start(lines, 2) is DocumentKind.MINUTES
    (part,) = parsed(LOST_NUMBERS).parts
    assert part.lines[0].number == 1
    assert [m.title for m in part.minutes] == [
        "Declarations of Interest",
        "Confirmation of Minutes",
        "Applications for a licence",
    ]


def test_a_page_headed_agenda_alone_stays_an_agenda_when_it_quotes_decisions() -> None:
    quoting = (
        "Agenda\n\n" + PAGE + "\n2.\n\nMinutes\n\n2a\n\nLicensing Panel\n\n"
        "To receive the panel's minutes and its recommendation:\n\nRESOLVED\n\n"
        "      (i)      That the fees be approved.\n"
    )
    lines = _lines(quoting)
    assert list_page_start(lines, 2) is DocumentKind.AGENDA
    assert list_page_start(_lines(quoting.replace("Agenda\n", "Agenda and minutes\n", 1)), 2) is (
        DocumentKind.MINUTES
    )
    part = parsed(quoting).parts
    assert [(p.kind, p.lines[0].number) for p in part] == [(DocumentKind.AGENDA, 1)]
    assert [(i.code, i.title) for i in part[0].items] == [
        ("1", "Election of Mayor"),
        ("2", "Minutes"),
        ("2a", "Licensing Panel"),
    ]


def test_a_note_to_the_public_may_stand_between_the_title_and_the_venue() -> None:
    noted = PAGE.replace("pm\n\n", "pm\n\nSeats in the public gallery are limited.\n\n", 1)
    opening = list_page_opening(_lines(noted))
    assert opening is not None and opening.venue == "Assembly Hall - Guildhall, Ellerby"
    two_notes = noted.replace("limited.\n\n", "limited.\n\nArrive early.\n\nThanks.\n\n", 1)
    assert list_page_opening(_lines(two_notes)) is None


VENUE_TITLED_PAGE = """\
Agenda, decisions and minutes

Remote Meeting (Public Not Admitted), Wyke County Council - Tuesday, 4th March, 2025 2.00 pm

The council's meetings are broadcast live.

Recordings are published after each meeting.

Venue: Remote Meeting (Public Not Admitted)

Contact: Ann Reid


No. Item


Minutes pdf icon PDF 88 KB

To confirm the minutes of the meeting held on 4 February 2025.

Additional documents:


The minutes of the meeting held on 4 February 2025 were confirmed.


Chair's Announcements

Additional documents:


The Chair reported the following matters:-

·      The Chair thanked the staff for their work over the winter.
"""


def test_a_page_titled_by_its_venue_under_the_decisions_heading() -> None:
    """The system titles the meeting by where it sat, the "Venue:" line repeating it, and
    heads the page "Agenda, decisions and minutes"; the Chair's lead-in to a list of
    announcements is no minute's title."""
    part = parsed(VENUE_TITLED_PAGE).parts[0]
    assert part.kind is DocumentKind.MINUTES
    assert part.meeting is not None
    assert (part.meeting.body_name, part.meeting.date) == (
        "Wyke County Council",
        dt.date(2025, 3, 4),
    )
    assert [m.title for m in part.minutes] == ["Minutes", "Chair's Announcements"]
