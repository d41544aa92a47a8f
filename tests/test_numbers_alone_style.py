"""Minute numbers alone on their lines ("1." over "APOLOGIES FOR ABSENCE."): titles
closed by a stop, and a table of interests citing "8 – Title" that is no heading."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

PAGE = (
    "1.\n"
    "APOLOGIES FOR ABSENCE.\n"
    "Minutes:\n"
    "There were no apologies.\n"
    "2.\n"
    "DECLARATIONS OF PERSONAL INTEREST.\n"
    "Minutes:\n"
    "Councillor\n"
    "Minute Number\n"
    "Nature of Interest\n"
    "R.J. Marsh\n"
    "8 – Harbour Wall Repairs\n"
    "Owns a boat moored in the harbour\n"
    "3.\n"
    "MINUTES\n"
    "Minutes:\n"
    "RESOLVED that the minutes be signed.\n"
)


def test_numbers_alone_over_stopped_titles_and_no_table_cell() -> None:
    headings = minute_headings(lines_of(PAGE))
    assert [(h.number, h.title) for h in headings] == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF PERSONAL INTEREST"),
        ("3", "MINUTES"),
    ]
