"""A "Date:" field printed alone, the time and the address on the lines under it, and a
month printed with an echo of its start (zoo:
agenda-fire-authority-date-field-alone-time-address-below)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.labelled_openings import labelled_opening
from minutebook.parsing.spoken_dates import plain_dates


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_a_months_echo_is_left_out() -> None:
    assert plain_dates("Date: 15 JuneJu 2017") == "Date: 15 June 2017"
    assert plain_dates("3 MARCHMAR 2016") == "3 MARCH 2016"
    assert plain_dates("the Mayoral election in May 2016") == "the Mayoral election in May 2016"


SHEET = (
    "JOINT FIRE AUTHORITY\n\nDate: Monday 7 March 2022\n\n1400 hrs\n\n"
    "Brigade Headquarters and Training Centre, Long Acre Road, Upper Wyndham, Corrowdale, "
    "CW4 9XY\n\nAGENDA\n"
)


def test_the_time_and_the_address_under_a_date_field_alone() -> None:
    opening = labelled_opening(_lines(SHEET))
    assert opening is not None
    assert opening.date == dt.date(2022, 3, 7)
    assert opening.time == dt.time(14, 0)
    assert opening.venue is not None and opening.venue.endswith("CW4 9XY")


def test_a_sentence_under_the_date_gives_no_time_nor_place() -> None:
    letter = SHEET.replace("1400 hrs", "Please note the change of room.")
    opening = labelled_opening(_lines(letter))
    assert opening is not None and opening.time is None and opening.venue is None
