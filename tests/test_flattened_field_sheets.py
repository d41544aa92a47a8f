"""A front sheet flattened onto one line, its meeting told by "Date & Time:" and "Place:"
fields far along the line, after the membership (invented examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.flattened_field_sheets import flattened_field_opening
from opening_facts import first_part_meeting

MEMBERS = " ".join(f"Cllr A{n} Surname{n}" for n in range(20))
SHEET = (
    "Licensing Committee Agenda Members of the Licensing Committee: Cllr P Ash (Chairman) "
    + MEMBERS
    + " Date & Time: Thursday 9 June 2022 at 10:00am Place: To be held at: Council Chamber, "
    "Town Hall, Kelbridge Contact: Jo Finch tel 01234 567890 Residents are welcome to attend "
    "this meeting. 1 AGENDA 1. To receive apologies for absence; 2. Declarations of interest."
)


def test_the_title_names_the_body_and_the_fields_the_meeting() -> None:
    opening = flattened_field_opening([Line(1, SHEET)])
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "Licensing Committee",
        dt.date(2022, 6, 9),
        dt.time(10, 0),
        "Council Chamber, Town Hall, Kelbridge",
    )


def test_the_flattened_sheet_is_an_agenda_for_that_meeting() -> None:
    assert first_part_meeting(SHEET + "\n") == (
        DocumentKind.AGENDA,
        "Licensing Committee",
        dt.date(2022, 6, 9),
        dt.time(10, 0),
        "Council Chamber, Town Hall, Kelbridge",
    )


def test_a_time_field_beside_the_date_field_gives_the_time() -> None:
    text = SHEET.replace(
        "Date & Time: Thursday 9 June 2022 at 10:00am", "Date: 9 June 2022 Time: 2pm"
    )
    opening = flattened_field_opening([Line(1, text)])
    assert opening is not None
    assert (opening.date, opening.time) == (dt.date(2022, 6, 9), dt.time(14, 0))


def test_no_reading_without_a_body_in_the_title_or_a_date_in_the_fields() -> None:
    assert (
        flattened_field_opening(
            [Line(1, SHEET.replace("Licensing Committee Agenda", "Our Agenda"))]
        )
        is None
    )
    undated = SHEET.replace("Thursday 9 June 2022", "to be confirmed")
    assert flattened_field_opening([Line(1, undated)]) is None
    assert flattened_field_opening([Line(1, SHEET[:300])]) is None
