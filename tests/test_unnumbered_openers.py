"""Standing items printed unnumbered before minutes numbered from 2."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

OPENERS = (
    "Present\n"
    "Cllr Ada Pellow (Chair)\n"
    "\n"
    "Apologies for Absence\n"
    "\n"
    "Cllr Tom Varley.\n"
    "\n"
    "Declarations of Interest\n"
    "\n"
    "None were declared.\n"
    "\n"
    "2. Election of Vice-Chair\n"
    "\n"
    "Cllr Ruth Dane was elected.\n"
    "\n"
    "3. Minutes\n"
    "\n"
    "The minutes were approved.\n"
)


def test_standing_items_above_numbering_from_two_are_minutes() -> None:
    headings = minute_headings(lines_of(OPENERS))
    assert [(h.number, h.title) for h in headings] == [
        (None, "Apologies for Absence"),
        (None, "Declarations of Interest"),
        ("2", "Election of Vice-Chair"),
        ("3", "Minutes"),
    ]


def test_numbering_from_one_keeps_its_preamble() -> None:
    text = OPENERS.replace("2. Election", "1. Election").replace("3. Minutes", "2. Minutes")
    headings = minute_headings(lines_of(text))
    assert [h.number for h in headings] == ["1", "2"]


def test_a_high_running_number_keeps_its_preamble() -> None:
    text = OPENERS.replace("2. Election", "177. Election").replace("3. Minutes", "178. Minutes")
    headings = minute_headings(lines_of(text))
    assert [h.number for h in headings] == ["177", "178"]
