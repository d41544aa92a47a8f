"""A committee system's document name at the paper's head, "MINUTES - Council 20150304
19:00", under its page heading "Meeting documents" (invented example;
`parsing.document_name_openings`)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.document_name_openings import document_name_opening
from opening_facts import first_part_meeting

PAGE = """\
Meeting documents

Wednesday, 4 March 2015

MINUTES - Planning Committee 20150304 19:00

Location: Council Chamber, Wyke House

Present: Councillors A. Reid (Chair), B. Moss and C. Lowe.

1. APOLOGIES

None.

2. MINUTES

The minutes were agreed.
"""


def test_the_document_name_gives_the_body_date_time_and_the_location_the_venue() -> None:
    assert first_part_meeting(PAGE) == (
        DocumentKind.MINUTES,
        "Planning Committee",
        dt.date(2015, 3, 4),
        dt.time(19, 0),
        "Council Chamber, Wyke House",
    )


def test_figures_that_are_no_date_give_no_opening() -> None:
    assert document_name_opening([Line(1, "MINUTES - Council 20151304 19:00")]) is None
    assert document_name_opening([Line(1, "Minutes of the Council 20150304")]) is None
    opening = document_name_opening([Line(1, "AGENDA - Cabinet 20150304")])
    assert opening is not None and (opening.body, opening.time) == ("Cabinet", None)
