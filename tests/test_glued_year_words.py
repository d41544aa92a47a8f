"""A record's opening whose date's year ran into the next word ("3rd May 2019commencing
7pm"), or whose date follows "on:" with a form's colon."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.spoken_dates import plain_dates
from minutebook.parsing.yearless_dates import with_years
from opening_facts import first_part_meeting

GLUED = (
    "Minutes of meeting of Fenby Parish Council held on Friday 3rd May 2019commencing 7pm in "
    "Fenby Village Hall,\n\nThose Present:A Reid (Chairman), B Moss, C Lowe\n\n"
    "Apologies for Absence:D Pym\n"
)


def test_a_year_glued_to_the_next_word_is_parted() -> None:
    assert plain_dates("on Friday 3rd May 2019commencing 7pm") == (
        "on Friday 3rd May 2019 commencing 7pm"
    )
    assert plain_dates("the 2019commission report") == "the 2019commission report"


def test_a_glued_year_is_no_missing_year() -> None:
    lines = [Line(1, GLUED.split("\n")[0])]
    assert with_years(lines) == lines  # the year is printed: none is written in


def test_the_glued_opening_gives_the_venue() -> None:
    _, body, date, time, venue = first_part_meeting(GLUED)
    assert (body, date, time, venue) == (
        "Fenby Parish Council",
        dt.date(2019, 5, 3),
        dt.time(19, 0),
        "Fenby Village Hall",
    )


def test_a_forms_colon_after_on_is_read_past() -> None:
    record = (
        "FENBY TOWN COUNCIL\n\nMinutes of the Annual Meeting held at The Institute, Mill Lane, "
        "Fenby on: Thursday 9th May 2019 at 7.30 p.m.\n\nPresent:\nCouncillors\nA Reid (Mayor)\n"
    )
    _, _, date, time, venue = first_part_meeting(record)
    assert (date, time, venue) == (
        dt.date(2019, 5, 9),
        dt.time(19, 30),
        "Institute, Mill Lane, Fenby",
    )
