"""A title naming the body with its municipal year ("Harbour Panel 2019/20") names the
body without the year; an address ending on its postcode under a dated title is the
meeting's venue, though it starts with the building's number and ends with a stop; a
dated line may print its time first, and a note may stand between the title and it."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.dated_title_openings import dated_title_opening
from minutebook.parsing.openings import title_name


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def test_the_municipal_year_is_no_part_of_the_bodys_name() -> None:
    assert title_name(Line(1, "Harbour Scrutiny Panel 2019/20")) == "Harbour Scrutiny Panel"
    assert title_name(Line(1, "Cabinet 2021-2022")) == "Cabinet"
    assert title_name(Line(1, "Budget Plan 2019/20")) == "Budget Plan 2019/20"


def test_an_address_with_its_postcode_under_the_date_is_the_venue() -> None:
    text = "Agenda\nEastby Harbour Board\n14 May 2009\n10.00am\n22 Quay Row, Eastby EB1 4QT.\n"
    opening = dated_title_opening(_lines(text))
    assert opening is not None
    assert opening.date == dt.date(2009, 5, 14)
    assert opening.venue == "22 Quay Row, Eastby EB1 4QT"


def test_a_numbered_line_without_a_postcode_is_no_venue() -> None:
    text = "Agenda\nEastby Harbour Board\n14 May 2009\n10.00am\n1. Apologies for absence.\n"
    opening = dated_title_opening(_lines(text))
    assert opening is not None and opening.venue is None


def test_a_contact_line_between_title_and_date_is_passed_over() -> None:
    text = (
        "EASTBY POLICE AND CRIME PANEL\n\nPlease ask for Sam Cole T 01632 960000 Published: "
        "2 May 2024\n\nFriday 10 May 2024 10.30 am Town Hall, Eastby\n"
    )
    opening = dated_title_opening(_lines(text))
    assert opening is not None
    assert opening.body == "EASTBY POLICE AND CRIME PANEL"
    assert opening.date == dt.date(2024, 5, 10)


def test_a_time_first_dated_line_under_a_title_and_its_note() -> None:
    text = (
        "TARNBECK JOINT WASTE COMMITTEE\n\nA joint committee of Tarnbeck Borough Council and\n"
        "Eastby District Council.\n\n2.00 p.m. Tuesday 17th November 2009\n\n"
        "Committee Room B\nTown Hall\n"
    )
    opening = dated_title_opening(_lines(text))
    assert opening is not None
    assert opening.body == "TARNBECK JOINT WASTE COMMITTEE"
    assert opening.date == dt.date(2009, 11, 17)
    assert opening.time == dt.time(14, 0)
    assert opening.venue == "Committee Room B"


def test_a_long_paragraph_above_the_date_is_no_note() -> None:
    text = "EASTBY PANEL\n\n" + "A line of prose\n" * 6 + "ends here.\n\n4 May 2021\n"
    assert dated_title_opening(_lines(text)) is None
