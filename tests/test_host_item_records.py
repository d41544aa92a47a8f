"""A committee system's item page whose document is another meeting's minutes."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from opening_facts import first_part_meeting

PAGE = """Meeting documents

Audit Committee (WCC)
Thursday 13 March 2031


            Meeting: Audit Committee (County Hall, Wyke - Room 4 - 13/03/2031 09:30:00 AM)

      Item: A1 Minutes of the Meeting Held on 10 December 2030 and 2 February 2031


WYKE COUNTY COUNCIL

AUDIT COMMITTEE

AT A MEETING of the AUDIT COMMITTEE held at County Hall, Wyke on MONDAY 10 DECEMBER 2030
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
    assert (body, date) == ("Wyke County Council Audit Committee", dt.date(2030, 12, 10))
    assert (time, venue) == (dt.time(9, 0), "County Hall, Wyke")


def test_an_item_citing_other_minutes_leaves_the_page_its_meeting() -> None:
    other = PAGE.replace("Held on 10 December 2030 and", "Held on 11 November 2030 and")
    assert first_part_meeting(other)[2] == dt.date(2031, 3, 13)
