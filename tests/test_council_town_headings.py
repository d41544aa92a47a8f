"""A Scottish minute headed "THE X COUNCIL - COMMITTEE - TOWN." over its date and "PRESENT:":
the heading before its last dash is the body, the town the venue."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.council_town_headings import council_town_opening

HEAD = """2021.L.C.2


THE LOCHSIDE COUNCIL - LICENSING COMMITTEE -
ARDMORE.

3rd June, 2021

10.00 a.m. - 12.15 p.m.

PRESENT:

Councillors Ann Bell (Convener) and Rory Kerr.
"""


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_the_wrapped_heading_gives_body_town_date_and_start() -> None:
    opening = council_town_opening(_lines(HEAD))
    assert opening is not None
    assert (opening.body, opening.venue, opening.line) == (
        "THE LOCHSIDE COUNCIL - LICENSING COMMITTEE",
        "ARDMORE",
        4,
    )
    assert (opening.date, opening.time) == (dt.date(2021, 6, 3), dt.time(10, 0))


def test_a_heading_on_one_line_is_read_too() -> None:
    text = HEAD.replace("COMMITTEE -\nARDMORE.", "COMMITTEE - ARDMORE.")
    opening = council_town_opening(_lines(text))
    assert opening is not None and opening.venue == "ARDMORE"


def test_without_present_it_is_no_minute_heading() -> None:
    assert council_town_opening(_lines(HEAD.replace("PRESENT:", "AGENDA"))) is None


def test_a_heading_in_mixed_case_is_not_this_layout() -> None:
    text = HEAD.replace("THE LOCHSIDE COUNCIL - LICENSING COMMITTEE -", "The Lochside Council -")
    assert council_town_opening(_lines(text)) is None


def test_the_hours_on_the_dates_line_give_the_start() -> None:
    text = HEAD.replace("3rd June, 2021\n\n10.00 a.m. - 12.15 p.m.", "3rd June, 2021.  2.00 p.m.")
    opening = council_town_opening(_lines(text))
    assert opening is not None and (opening.date, opening.time) == (
        dt.date(2021, 6, 3),
        dt.time(14, 0),
    )


def test_a_flattened_heading_with_its_page_code_date_and_hours_run_on() -> None:
    text = (
        "2021.L.C.2 THE LOCHSIDE COUNCIL - LICENSING COMMITTEE - ARDMORE. 3rd June, 2021. "
        "10.00 a.m. - 12.15 p.m.\nPRESENT: Councillors Ann Bell (Convener) and Rory Kerr."
    )
    opening = council_town_opening(_lines(text))
    assert opening is not None
    assert (opening.body, opening.venue, opening.date, opening.time, opening.line) == (
        "THE LOCHSIDE COUNCIL - LICENSING COMMITTEE",
        "ARDMORE",
        dt.date(2021, 6, 3),
        dt.time(10, 0),
        1,
    )
    assert council_town_opening(_lines(text.replace("PRESENT:", "AGENDA"))) is None
