"""Web pages of committee systems saved as text: "Date:" / "Time:" / "Place:" labels with
their values on the next line, a title "X Committee Minutes" with no dash, and a page titled
"Body - Monday 24th June 2024 10:00am" whose kind is read from what it records (zoo:
minutes-stacked-date-time-place-labels, minutes-panel-web-page-title-dated-venue-line,
minutes-moderngov-page-contact-line-labelled-minutes,
agenda-web-page-agm-title-this-meeting-will-take-place)."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import parse_text
from minutebook.model import DocumentKind, Line
from minutebook.parsing.content_kind import page_kind
from minutebook.parsing.labelled_openings import labelled_opening
from minutebook.parsing.splitting import split
from minutebook.parsing.titled_date_openings import titled_date


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


STACKED = (
    "Planning Committee Minutes\n\nDate:\nWednesday, 3rd May, 2017\nTime:\n7.30pm\nPlace:\n"
    "Council Chamber, Town Hall\n\nPresent:\nCouncillor A Reid\n"
)


def test_stacked_labels_give_the_date_time_and_place() -> None:
    opening = labelled_opening(_lines(STACKED))
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "Planning Committee",
        dt.date(2017, 5, 3),
        dt.time(19, 30),
        "Council Chamber, Town Hall",
    )


def test_a_label_over_another_label_takes_no_value() -> None:
    text = "Planning Committee\n\nDate: 3 May 2017\nPlace:\nTime: 7.30pm\n"
    opening = labelled_opening(_lines(text))
    assert opening is not None and opening.venue is None and opening.time == dt.time(19, 30)


def test_a_web_page_is_minutes_when_it_resolves_an_agenda_when_it_invites() -> None:
    assert page_kind(_lines("12.\nElection of Chair\nResolved: That X be Chair.\n")) is (
        DocumentKind.MINUTES
    )
    agenda = "1 Apologies\nTo receive apologies.\n2 Minutes\nTo approve the minutes.\n"
    assert page_kind(_lines(agenda)) is DocumentKind.AGENDA
    assert page_kind(_lines("Some page\nwith nothing\n")) is None


def test_a_titled_web_page_over_a_venue_line_is_one_record() -> None:
    page = (
        "Wexmoor Licensing Panel - Monday 4th March 2019 10:00am\n\nVenue: Room 1, Civic "
        "Centre\n\n1.\n\nElection of Chair\n\nResolved: That Councillor B Moss be Chair.\n"
    )
    assert [(p.kind, p.first_line) for p in split(_lines(page))] == [(DocumentKind.MINUTES, 1)]


def test_a_dated_page_with_a_venue_line_and_labelled_minutes_is_a_record() -> None:
    page = (
        "Council\nWednesday, 4th March, 2020 6.00 pm\n\nVenue: Council Chamber\n\n"
        "Contact: A Clerk\n\n21.\n\nApologies\n\nMinutes:\n\nNone were received.\n"
    )
    assert [(p.kind, p.first_line) for p in split(_lines(page))] == [(DocumentKind.MINUTES, 1)]
    agenda = page.replace("Minutes:\n\nNone were received.", "To receive apologies.")
    assert [p.kind for p in split(_lines(agenda))] == [DocumentKind.AGENDA]


def test_a_meeting_that_will_take_place_under_a_dated_title_is_an_agenda() -> None:
    page = (
        "Annual General Meeting (AGM) of the Fire Authority 11th June 2014\n\n"
        "This meeting will take place at 10.00 am in the Board Room, Headquarters\n\n"
        "1 Election of Chair\n"
    )
    lines = _lines(page)
    assert [(p.kind, p.first_line) for p in split(lines)] == [(DocumentKind.AGENDA, 1)]
    found = titled_date(lines[0].text)
    assert found is not None and found[0] == "Fire Authority"


def test_a_dated_page_with_coded_minutes_run_in_after_each_item_is_a_record() -> None:
    """Each item's agenda text, then its minute coded and run in ("81/31 – APOLOGIES:
    ..."), no "Minutes:" label: the page records the meeting."""
    page = (
        "Fenby - Licensing Committee\nTuesday, 4th March, 2031 2.00 pm\n\n"
        "Venue: Online only\n\nContact: Ann Reid\n\nApologies for Absence:\n\n"
        "81/31 – APOLOGIES FOR ABSENCE: None were received.\n\nDeclarations of Interest:\n\n"
        "Members are asked to say if they have an interest.\n\n"
        "82/31 – DECLARATIONS OF INTEREST: Councillor Ben Moss declared an interest in item 4.\n"
    )
    assert [(p.kind, p.first_line) for p in split(_lines(page))] == [(DocumentKind.MINUTES, 1)]
    minutes = parse_text(page).minutes
    assert [(m.number, m.title) for m in minutes] == [
        ("81/31", "APOLOGIES FOR ABSENCE"),
        ("82/31", "DECLARATIONS OF INTEREST"),
    ]
