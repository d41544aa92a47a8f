"""A committee system's meeting page as a council-data site mirrored it: the council's
name with a colon over "Agenda for X meeting, Mar 4 2012, 10.00AM official page"."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.mirrored_list_pages import mirrored_title
from opening_facts import first_part_meeting, parsed

NUMBERED = """Fenby Borough Council:

Minutes for Licensing Committee meeting, Mar 4 2012, 10.00AM official page

Other committee documents for Fenby Borough Council :: Licensing Committee details

Venue: Council Chamber, Town Hall, Fenby. View directions

Contact: Ann Reid, Democratic Services Officer

Items No. Item

1.

Apologies for Absence

2.

Minutes of the Meeting held on 5 February 2012 PDF 40 KB

3.

Review of the Taxi Policy PDF 120 KB

The report sets out the responses to the consultation.
"""

UNNUMBERED = """Wyke Council:

Agenda for Executive Member for Housing meeting, Sep 9 2013, 5.30PM official page

Other committee documents for Wyke Council :: Executive Member for Housing details

Contact: Ben Moss  Democracy Officer

Items No. Item

Decisions Called In


Members may call in an item by notice to the Democracy Team.


Papers to note come last.


Declarations of Interest

Any interest held should be said now.


Minutes PDF 46 KB

To approve the minutes of the session held on 8 July 2013.


Garden Waste Collections PDF 90 KB

The report asks for a decision on the charges.
"""


def test_mirrored_page_opens_the_committees_meeting() -> None:
    kind, body, date, time, venue = first_part_meeting(NUMBERED)
    assert kind is DocumentKind.AGENDA  # "Minutes for": the mirror's label, no minutes held
    assert body == "Fenby Borough Council Licensing Committee"
    assert (date, time) == (dt.date(2012, 3, 4), dt.time(10, 0))
    assert venue == "Council Chamber, Town Hall, Fenby"
    part = parsed(NUMBERED).parts[0]
    assert [(i.code, i.title) for i in part.items] == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 5 February 2012"),
        ("3", "Review of the Taxi Policy"),
    ]


def test_mirrored_page_items_without_numbers() -> None:
    kind, body, date, time, venue = first_part_meeting(UNNUMBERED)
    assert (kind, body) == (DocumentKind.AGENDA, "Wyke Council Executive Member for Housing")
    assert (date, time, venue) == (dt.date(2013, 9, 9), dt.time(17, 30), None)
    part = parsed(UNNUMBERED).parts[0]
    assert [i.title for i in part.items] == [
        "Decisions Called In",
        "Declarations of Interest",
        "Minutes",
        "Garden Waste Collections",
    ]


def test_title_under_other_text_is_no_mirror() -> None:
    lines = [Line(n, t) for n, t in enumerate(NUMBERED.splitlines(), 1)]
    assert mirrored_title(lines, 2) is not None
    moved = [Line(1, "Report of the Clerk"), *lines[1:]]
    assert mirrored_title(moved, 2) is None
    assert mirrored_title([Line(1, "Agenda for the meeting, held 4 March 2012")], 0) is None
