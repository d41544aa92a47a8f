"""'Minute 152:  Personal References.': a town council's titles closed by a full stop."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

STOPPED = (
    "Minute 40:  Apologies.\n"
    "\n"
    "Cllr Vera Lusk.\n"
    "\n"
    "Minute 41:  Minutes of the meeting held on 9th March 2015.\n"
    "\n"
    "Minute 30 refers:  The clerk had written to the highways authority.\n"
    "\n"
    "Minute 42:  Play Area Inspection.\n"
    "\n"
    "Minute 43:  The inspection was noted.\n"
)


def test_titles_closed_by_a_stop_head_minutes_without_it() -> None:
    headings = minute_headings(lines_of(STOPPED))
    assert [(h.number, h.title) for h in headings] == [
        ("40", "Apologies"),
        ("41", "Minutes of the meeting held on 9th March 2015"),
        ("42", "Play Area Inspection"),
    ]
