"""An authority's banner read as the venue under a dated title names the body, no place."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.parsing.banner_venues import banner_as_venue
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.openings import Opening

DAY = dt.date(2021, 3, 4)

RECORD = (
    "Sign Language Welcome Sign Language Welcome\n"
    "\n"
    "Minutes 4 March 2021\n"
    "\n"
    "WESTMERE FIRE AND RESCUE AUTHORITY\n"
    "\n"
    "Minutes of the meeting of Westmere Fire and Rescue Authority held on Thursday 4 March "
    "2021 at Fenby Civic Hall, Market Street, Fenby. Meeting commenced at 10.30am.\n"
    "\n"
    "PRESENT\n"
)


def test_the_banner_under_the_dated_title_is_the_body_and_the_sentence_the_rest() -> None:
    facts = minutes_header(lines_of(RECORD), "r.txt", Diagnostics())
    assert facts is not None
    assert facts.body_name == "Westmere Fire and Rescue Authority"
    assert (facts.date, facts.time) == (DAY, dt.time(10, 30))
    assert facts.venue == "Fenby Civic Hall, Market Street, Fenby"


def test_a_title_naming_a_body_keeps_it_and_loses_the_banner_as_venue() -> None:
    opening = Opening("Licensing Committee", DAY, None, "ASHMOOR BOROUGH COUNCIL", 2)
    found = banner_as_venue(opening)
    assert found is not None
    assert (found.body, found.venue) == ("Licensing Committee", None)


def test_a_furniture_title_gives_way_to_the_banner() -> None:
    opening = Opening("Home Page", DAY, None, "KELBRIDGE TOWN COUNCIL", 2)
    found = banner_as_venue(opening)
    assert found is not None
    assert (found.body, found.venue) == ("Kelbridge Town Council", None)


def test_a_place_stays_the_venue() -> None:
    for venue in ("COUNCIL CHAMBER, TOWN HALL", "Kelbridge Town Council", "COUNTY HALL", None):
        assert banner_as_venue(Opening("Cabinet", DAY, None, venue, 2)) is None
