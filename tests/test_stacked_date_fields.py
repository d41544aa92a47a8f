"""A committee system's page that stacks each field's value under its label alone ("Date:"
/ "Tuesday, 3rd March, 2009" / "Time:" / "6.00pm" / "Place:" / ...), under the body's name
and a dated line: a paper of its own, its venue read from the place field."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.header_fallbacks import field_details
from minutebook.parsing.splitting import stacked_date_field
from opening_facts import first_part_meeting, parsed

PAGE = (
    "Meeting papers\n\n"
    "Licensing Committee\n"
    "Tuesday 3 March 2009 6.00 pm\n\n"
    "Date:\nTuesday, 3rd March, 2009\nTime:\n6.00pm\nPlace:\n"
    "Committee Room B, Town Hall, Fenby\n \n\n"
    "Attendance Details\n\n"
    "41 APOLOGIES FOR ABSENCE.\n \n"
    "42 MINUTES OF THE LAST MEETING\n"
    "RESOLVED:\n\nThat the minutes be approved as a correct record.\n"
    "43 STREET TRADING CONSENTS\n"
    "RESOLVED:\n\nTo note the report.\n\n"
    "Attendance Details\n\nPresent:\nA.B. Reid (Chairman), C.D. Moss, E.F. Lowe\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_the_stacked_fields_open_the_record_and_give_its_meeting() -> None:
    kind, body, date, time, venue = first_part_meeting(PAGE)
    assert kind is DocumentKind.MINUTES
    assert body == "Licensing Committee"
    assert date == dt.date(2009, 3, 3) and time == dt.time(18, 0)
    assert venue == "Committee Room B, Town Hall, Fenby"
    part = parsed(PAGE).parts[0]
    assert [m.number for m in part.minutes] == ["41", "42", "43"]


def test_the_date_label_alone_needs_a_date_under_it_and_another_label() -> None:
    lines = _lines(PAGE)
    at = next(k for k, line in enumerate(lines) if line.text == "Date:")
    assert stacked_date_field(lines, at)
    no_place = _lines(PAGE.replace("Time:\n", "").replace("Place:\n", ""))
    at = next(k for k, line in enumerate(no_place) if line.text == "Date:")
    assert not stacked_date_field(no_place, at)
    undated = _lines(PAGE.replace("Tuesday, 3rd March, 2009\n", "To be confirmed\n"))
    at = next(k for k, line in enumerate(undated) if line.text == "Date:")
    assert not stacked_date_field(undated, at)


def test_the_fields_under_the_date_line_give_the_time_and_venue() -> None:
    lines = _lines(PAGE)
    day = dt.date(2009, 3, 3)
    details = field_details(lines, 4, day)
    assert details is not None
    assert details.venue == "Committee Room B, Town Hall, Fenby"
    assert details.time == dt.time(18, 0)
    assert field_details(lines, 4, dt.date(2009, 3, 10)) is None  # another day's fields
    unplaced = field_details(_lines(PAGE.replace("Place:\n", "")), 4, day)
    assert unplaced is not None and unplaced.venue is None
    one_line = field_details(_lines("Venue: Old School Hall\n\nNotes\n"), 0, day)
    assert one_line is not None and one_line.venue == "Old School Hall"
    assert field_details(_lines("Notes\n\nItems\n"), 0, day) is None


def test_labelled_fields_win_over_a_title_read_as_the_venue() -> None:
    page = PAGE.replace("6.00 pm\n\n", "\n\nLicensing Committee Minutes\n\n", 1)
    _, _, _, time, venue = first_part_meeting(page)
    assert venue == "Committee Room B, Town Hall, Fenby" and time == dt.time(18, 0)


def test_a_called_off_meetings_status_is_no_venue() -> None:
    """ "Planning Committee - Tuesday 3 March 2026 7.00 pm, CANCELLED" over "Venue: V": the
    status is no place; the venue field under it gives the place."""
    agenda = (
        "Agenda\n\nPlanning Committee\nTuesday 3 March 2026 7.00 pm, CANCELLED\n\n"
        "Venue: Room 4, Civic Offices, Fenby. View directions\n\n"
        "Contact: Ann Reid\n\nItems\nNo. Item\n\n1.\n\nApologies for Absence\n\n"
        "2.\n\nDeclarations of Interest\n"
    )
    kind, _, date, time, venue = first_part_meeting(agenda)
    assert kind is DocumentKind.AGENDA
    assert (date, time, venue) == (
        dt.date(2026, 3, 3),
        dt.time(19, 0),
        "Room 4, Civic Offices, Fenby",
    )
    unplaced = agenda.replace("Venue: Room 4, Civic Offices, Fenby. View directions\n\n", "")
    assert first_part_meeting(unplaced)[4] is None
