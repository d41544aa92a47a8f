"""Openings with the title's date in brackets, and a meeting sentence broken on a comma
over a blank line before its date."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.model import DocumentKind
from minutebook.parsing.titled_date_openings import bracketed_date
from opening_facts import first_part_meeting

RECORD = """{title}

Present: Councillors A. Reid, B. Moss, C. Lowe.

24/12: Apologies: Councillor D. Hart.

24/13: Declarations of Interest: None.
"""


@pytest.mark.parametrize("when", ["(07/05/24)", "(7 May 2024)", "(07/05/2024)"])
def test_a_date_in_brackets_closes_the_title(when: str) -> None:
    text = RECORD.format(title=f"Minutes of the Fenby Parish Council Annual Meeting {when}")
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date) == (DocumentKind.MINUTES, "Fenby Parish Council", dt.date(2024, 5, 7))
    assert (time, venue) == (None, None)


def test_a_bracket_that_is_no_date_is_left_alone() -> None:
    assert bracketed_date("Minutes of the Fenby Parish Council (Draft)") == (
        "Minutes of the Fenby Parish Council (Draft)"
    )
    assert bracketed_date("X Meeting (12/34/56)") == "X Meeting (12/34/56)"


BROKEN = """At a MEETING of the FENBY TOWN COUNCIL held in the Guildhall,

Fenby on Tuesday 3 July 2012 at 7.00 p.m.

PRESENT Cllr A.B. Reid - Town Mayor

Cllr C.D. Lowe, Cllr E.F. Hart

12.APOLOGIES

Apologies for absence were received from Cllr Q.R. Ames.
"""


def test_a_sentence_left_on_a_comma_goes_on_past_a_blank_line_to_its_date() -> None:
    kind, body, date, time, venue = first_part_meeting(BROKEN)
    assert (kind, body, date) == (DocumentKind.MINUTES, "FENBY TOWN COUNCIL", dt.date(2012, 7, 3))
    assert (time, venue) == (dt.time(19, 0), "Guildhall, Fenby")


SENTENCE_BELOW = """Minutes of the Meeting of Fenby Parish Council held on 4 June 2024

A meeting of Fenby Parish Council was held in the Village Hall on 4 June 2024, at 7.30pm.

Present: Councillors A. Reid, B. Moss.

24/12: Apologies: None.
"""


def test_a_sentence_under_the_title_gives_its_time_and_place() -> None:
    kind, body, date, time, venue = first_part_meeting(SENTENCE_BELOW)
    assert (kind, body, date) == (DocumentKind.MINUTES, "Fenby Parish Council", dt.date(2024, 6, 4))
    assert (time, venue) == (dt.time(19, 30), "Village Hall")


def test_a_sentence_below_of_another_meeting_gives_nothing() -> None:
    other = SENTENCE_BELOW.replace(
        "Council was held in the Village Hall on 4 June",
        "Council was held in the Village Hall on 2 May",
    )
    assert first_part_meeting(other)[3:] == (None, None)
