"""An agenda item's title in capitals closed by a full stop before its description on the
same line (invented example; `parsing.agenda_run_in.capitals_before_stop`)."""

from __future__ import annotations

from minute_fixtures import agenda_items_of
from minutebook.parsing.agenda_run_in import capitals_before_stop

AGENDA = (
    "AGENDA\n\n"
    "1 Welcome and apologies\n\n"
    "2 BEN MOSS MSP. Ben has written to say he will speak on the new bus routes\n"
    "and take questions from the floor.\n\n"
    "3 Minutes of the last meeting\n"
)


def test_the_capitals_before_the_stop_are_the_title() -> None:
    assert agenda_items_of(AGENDA)[1] == ("2", "BEN MOSS MSP")


def test_capitals_with_no_stop_or_no_sentence_are_left_to_the_other_readers() -> None:
    assert capitals_before_stop("2 BEN MOSS MSP Ben has written to say he will speak") is None
    assert capitals_before_stop("4 PLANNING.") is None
    assert capitals_before_stop("5 A.G.M. ARRANGEMENTS") is None
