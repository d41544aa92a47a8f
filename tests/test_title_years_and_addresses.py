"""A title naming the body with its municipal year ("Harbour Panel 2019/20") names the
body without the year; an address ending on its postcode under a dated title is the
meeting's venue, though it starts with the building's number and ends with a stop."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.openings import dated_title_opening, title_name


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
