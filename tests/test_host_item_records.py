"""A committee system's item page whose document is another meeting's minutes."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from opening_facts import first_part_meeting

PAGE = """Meeting documents

Standards Committee (WCC)
Thursday 20 March 2031


            Meeting: Standards Committee (County Hall, Wyke - Room 6 - 20/03/2031 14:00:00 PM)

      Item: B2 Minutes of the Meeting Held on 9 December 2030 and 2 February 2031


WYKE COUNTY COUNCIL

STANDARDS COMMITTEE

AT A MEETING of the STANDARDS COMMITTEE held at County Hall, Wyke on MONDAY 9 DECEMBER 2030
at 9.00 a.m.

PRESENT
COUNCILLOR REID in the Chair

Councillors Moss, Lowe and Hart.

1. Minutes

The Minutes of the meeting held on 8 October 2030 were confirmed as a correct record.
"""


def test_the_cited_minutes_name_the_papers_meeting() -> None:
    kind, body, date, time, venue = first_part_meeting(PAGE)
    assert kind is DocumentKind.MINUTES
    assert (body, date) == ("Wyke County Council Standards Committee", dt.date(2030, 12, 9))
    assert (time, venue) == (dt.time(9, 0), "County Hall, Wyke")


def test_an_item_citing_other_minutes_leaves_the_page_its_meeting() -> None:
    other = PAGE.replace("Held on 9 December 2030 and", "Held on 11 November 2030 and")
    assert first_part_meeting(other)[2] == dt.date(2031, 3, 20)
