"""A venue cut where the sentence naming it ends and another begins."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.parsing.headers import notice_of_meeting
from minutebook.parsing.venue_sentences import venue_before_next_sentence


def test_the_venue_ends_where_the_next_sentence_opens() -> None:
    assert (
        venue_before_next_sentence(
            "the Council Chamber, Council Offices, Fenby. The meeting will commence at 6.30 pm."
        )
        == "the Council Chamber, Council Offices, Fenby"
    )
    assert venue_before_next_sentence("Fenby Hall. Refreshments will be served") == "Fenby Hall"


def test_a_stop_after_an_abbreviation_ends_no_venue() -> None:
    for venue in ("St. Mary's Church Hall, Fenby", "Court No. 1, Law Courts", "Fenby Hall."):
        assert venue_before_next_sentence(venue) == venue
    assert venue_before_next_sentence(None) is None


def test_a_notices_place_stops_before_its_next_sentence() -> None:
    text = (
        "Cabinet, Monday 8 January 2018\n"
        "This meeting will be held in the Council Chamber, Council Offices, Fenby. The "
        "meeting will commence at 6.30 pm.\n"
        "AGENDA\n"
        "1 APOLOGIES FOR ABSENCE\n"
    )
    facts = notice_of_meeting(lines_of(text), "f.txt", Diagnostics())
    assert facts is not None
    assert facts.venue == "Council Chamber, Council Offices, Fenby"
