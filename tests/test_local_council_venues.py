"""Tests for a local council headed by its kind alone and placed by its venue."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.local_council_venues import local_council_at_venue


@pytest.mark.parametrize(
    ("body", "venue", "expected"),
    [
        ("Parish Council", "Eastby Village Hall", "Eastby Parish Council"),
        ("Parish Council", "Upper Westby Community Centre", "Upper Westby Parish Council"),
        ("Town Council", "Guild Hall, Fenby Bridge", "Fenby Bridge Town Council"),
        ("Town Council", "COUNCIL CHAMBER, MARKHAM", "Markham Town Council"),
        ("the Town Council", "The Old School, Kings Norbury", "Kings Norbury Town Council"),
        (
            "Community Council",
            "Committee Room, Civic Offices, Church Street, Llanfair, AB12 3CD",
            "Llanfair Community Council",
        ),
        ("Parish Council", "Eastby Memorial Hall, Eastby", "Eastby Parish Council"),
    ],
)
def test_the_venue_places_the_council(body: str, venue: str, expected: str) -> None:
    assert local_council_at_venue(body, venue) == expected


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("Parish Council", None),
        ("Parish Council", "Zoom"),
        ("Parish Council", "Council Chamber"),
        ("Parish Council", "Blandy Hall"),  # a building's own name is no place
        ("Town Council", "Council Chamber, Town Hall"),
        ("Town Council", "Market Hall, 12 High Street"),
        ("Parish Council", "Remotely, via Microsoft Teams"),
        ("Council", "Village Hall, Eastby"),  # no kind: a county or a district council
        ("Planning Committee", "Eastby Village Hall"),
        ("Eastby Parish Council", "Westby Village Hall"),  # named already
        ("Parish Council", "Village Hall, The Green"),
    ],
)
def test_a_venue_naming_no_place_leaves_the_kind(body: str, venue: str | None) -> None:
    assert local_council_at_venue(body, venue) is None


def test_a_sentence_run_on_as_the_venue_is_unread() -> None:
    venue = "Eastby Village Hall " + "in accordance with the regulations " * 5
    assert local_council_at_venue("Parish Council", venue) is None


def test_minutes_of_a_parish_council_take_its_place_from_the_venue() -> None:
    lines = [
        Line(number=i + 1, text=t)
        for i, t in enumerate(
            [
                "Minutes of the Parish Council Meeting held on Tuesday 3rd May 2022 in",
                "Eastby Village Hall at 7.30pm",
                "",
                "Present: Councillors A Brook (Chair), C Dale and E Ford",
            ]
        )
    ]
    meeting = minutes_header(lines, "x.txt", Diagnostics())
    assert meeting is not None
    assert meeting.body_name == "Eastby Parish Council"
    assert meeting.venue == "Eastby Village Hall"


def test_a_letterhead_names_the_council_before_the_venue_does() -> None:
    lines = [
        Line(number=i + 1, text=t)
        for i, t in enumerate(
            [
                "WESTBY PARISH COUNCIL",
                "Minutes of the Parish Council Meeting held on Tuesday 3rd May 2022 in",
                "Eastby Village Hall at 7.30pm",
            ]
        )
    ]
    meeting = minutes_header(lines, "x.txt", Diagnostics())
    assert meeting is not None
    assert meeting.body_name.lower() == "westby parish council"
