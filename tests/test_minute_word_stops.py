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


LONG_RUN_IN = (
    "Minute no. 4 – Chairman’s Announcements The Chairman reported that he had attended the "
    "Remembrance Sunday events at both churches, a concert in the village hall and the "
    "switching on of the lights, and thanked the volunteers who had organised all of them.\n"
    "\n"
    "Minute no. 5 – Signing of the Minutes – 7th November Meeting of the Council. Resolved "
    "that the minutes of the above meeting, having been previously circulated, be accepted "
    "as read, confirmed and signed as a true record by the Chairman of the meeting.\n"
)


def test_a_minute_words_heading_on_a_paragraphs_long_line_heads_its_minute() -> None:
    """A paragraph run on after "Minute no. N – Title" makes the line longer than any
    heading; the word "Minute" and its number make it one still, and a title closed by a
    stop before "Resolved" ends there."""
    headings = minute_headings(lines_of(LONG_RUN_IN))
    assert [(h.number, h.title, (h.run_on or "")[:13]) for h in headings] == [
        ("4", "Chairman’s Announcements", "The Chairman "),
        ("5", "Signing of the Minutes – 7th November Meeting of the Council", "Resolved that"),
    ]
