"""A parish record's title stopping at the body, its sentence going on on the next line
with the place first ("In V on D at T"), and that date printed without the year. Every
example is invented."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.meeting_on import meeting_in_on_opening
from minutebook.parsing.yearless_dates import with_years
from opening_facts import first_part_meeting

RECORD = (
    "DRAFT Minutes of the Meeting of Wyke Parish Council\n"
    "In Wyke Village Hall on Monday 3rd March at 7.30pm\n"
    "Present: Cllr Reid (Chair), Cllr Oakes and Cllr Marsh were present.\n"
    "25/01 Apologies for Absence: None\n"
    "25/02 Approval of Minutes\n"
    "The minutes of the meeting of 20th January 2025 were approved.\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(number=n, text=t) for n, t in enumerate(text.split("\n"), start=1)]


def test_with_years_fills_a_yearless_date_after_on_inside_the_line() -> None:
    assert with_years(_lines(RECORD))[1].text == (
        "In Wyke Village Hall on Monday 3rd March 2025 at 7.30pm"
    )


def test_with_years_leaves_a_dated_sentence_alone() -> None:
    lines = _lines(RECORD.replace("3rd March", "3rd March 2025"))
    assert with_years(lines) == lines


def test_the_title_and_the_place_line_give_the_meeting() -> None:
    lines = _lines(RECORD.replace("3rd March", "3rd March 2025"))
    opening = meeting_in_on_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue, opening.line) == (
        "Wyke Parish Council",
        dt.date(2025, 3, 3),
        dt.time(19, 30),
        "Wyke Village Hall",
        1,
    )


def test_the_record_is_read_with_the_year_its_text_prints() -> None:
    assert first_part_meeting(RECORD) == (
        DocumentKind.MINUTES,
        "Wyke Parish Council",
        dt.date(2025, 3, 3),
        dt.time(19, 30),
        "Wyke Village Hall",
    )


def test_a_title_over_a_line_that_is_no_place_and_date_gives_nothing() -> None:
    assert meeting_in_on_opening(_lines("Minutes of the Meeting of Wyke Parish Council\n")) is None
    text = "Minutes of the Meeting of Wyke Parish Council\nPresent: Cllr Reid on Monday 3 March"
    assert meeting_in_on_opening(_lines(text)) is None


def test_with_years_leaves_a_date_whose_year_wrapped_to_the_next_line() -> None:
    lines = _lines(
        "Minutes of a Meeting of the Wyke Parish Council held on Monday, 3 March\n"
        "2025 at 7.30 pm in the Village Hall\nThe minutes of 20th January 2024 were approved."
    )
    assert with_years(lines) == lines
