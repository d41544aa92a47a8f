"""Dates as meeting papers print them, including the ways PDF conversion mangles them."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.dates import find_date, find_numeric_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held on Monday 12 th June 2017 at 7.30pm", dt.date(2017, 6, 12)),
        ("ON THURSDAY 1 ST SEPTEMBER 2016 AT 7.30 PM", dt.date(2016, 9, 1)),
        ("HELD ON 22 nd SEPTEMBER 2016", dt.date(2016, 9, 22)),
        ("Tuesday, 3rd March, 2015", dt.date(2015, 3, 3)),
        ("14 November 2023", dt.date(2023, 11, 14)),
    ],
)
def test_a_date_with_its_ordinal_apart_from_the_number(text: str, expected: dt.date) -> None:
    assert find_date(text) == expected


def test_a_word_after_a_number_is_no_ordinal() -> None:
    # "3 those" is not "3rd": only st/nd/rd/th, as a word, and then a month, make a date
    assert find_date("item 3 those March 2015 figures") is None
    assert find_date("12 thousand June 2017") is None


def test_a_year_glued_to_its_month() -> None:
    assert find_date("the meeting held on Monday 9 March2015, in the Hall") == dt.date(2015, 3, 9)
    assert find_date("HELD ON 4TH JUNE2019 AT 7PM") == dt.date(2019, 6, 4)


def test_a_longer_number_glued_to_a_month_is_no_year() -> None:
    assert find_date("12 March201743 on the phone") is None
    assert find_date("ref 4 May123") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: Thursday, 26 Mar 2015 Time: 8:30 PM", dt.date(2015, 3, 26)),
        ("Thurs 3 Aug 2017 - 14:00 to 16:00", dt.date(2017, 8, 3)),
        ("received on 14 Feb. 2012 from the clerk", dt.date(2012, 2, 14)),
        ("3 Sept 2019", dt.date(2019, 9, 3)),
        ("3 Sep 2019", dt.date(2019, 9, 3)),
        ("1st DEC 2021 - 11:30", dt.date(2021, 12, 1)),
        ("08 Jan 2019", dt.date(2019, 1, 8)),
        ("30 Jun, 2016", dt.date(2016, 6, 30)),
    ],
)
def test_a_month_abbreviated(text: str, expected: dt.date) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Old Forge, 12 Mar Road, Brackley",  # a street's abbreviation, no year
        "Councillor Jan Hollis and 4 Jan Road residents",  # a name, no year
        "item 5 Decision 2015 report",  # "Dec" inside a word
        "12 Marches 2016",  # "Mar" inside a word
        "31 Feb 2019",  # no such day
    ],
)
def test_an_abbreviation_without_day_and_year_is_no_date(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ON 06.06.17", dt.date(2017, 6, 6)),
        ("held on 6/6/17", dt.date(2017, 6, 6)),
        ("06.06.2017", dt.date(2017, 6, 6)),
        ("on 1.10.99", dt.date(1999, 10, 1)),
        ("11/12/2024", dt.date(2024, 12, 11)),
    ],
)
def test_a_short_numeric_date_day_first(text: str, expected: dt.date) -> None:
    assert find_numeric_date(text) == expected


@pytest.mark.parametrize("text", ["at 7.30 pm", "section 1.2.3.4", "31.02.17", "6.6/17"])
def test_no_short_date_in_times_sections_or_impossible_days(text: str) -> None:
    assert find_numeric_date(text) is None
