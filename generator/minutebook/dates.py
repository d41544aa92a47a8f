"""Find dates and times the way these documents print them.

"Wednesday, 18th December, 2024", "Thursday 10 October 2024", "14th September 2022",
"26 Mar 2015", "3 Sept. 2019", "10.00 am". A regex finds the phrase; dateutil turns it
into a date, so month names and ordinals are the library's business, not ours.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

from .vocabulary import MONTHS

#: the months as front sheets, web pages and tables abbreviate them, with or without a
#: stop ("26 Mar 2015", "14 Feb. 2012", "3 Sept 2019"); read only between a day and a year,
#: so "Mar" as a street's abbreviation or "Jan" as a name stays text
SHORT_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "sept": "September",
    "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip
SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
#: a day before its month's name, the ordinal printed or not: "8 November", "8th November",
#: "8 th November" (a superscript's space kept), "8thNovember" (the space after it lost);
#: the opening and splitting patterns that find a date line share it
DAY_BEFORE_MONTH = r"\d{1,2}(?:\s?(?:st|nd|rd|th)\s*|\s+)"

#: the ordinal may stand apart from its number: a superscript "th" comes out of a PDF as
#: "12 th June 2017" or "1 ST SEPTEMBER 2016", or glued to the month: "15thMay 2019"; the
#: day may be glued to a time printed before it on the same line: "4.00pm1 July 2021";
#: and the year to the month when the space between two text runs was lost: "24 May2021"
DATE_PHRASE = re.compile(
    rf"(?:\b|(?<=[ap]m))(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th)\b,?\s+|\s?(?:st|nd|rd|th)(?=[A-Z])|,?\s+)"
    rf"(?P<month>{MONTHS}|{SHORT_MONTH})(?:,?\s+|(?=\d{{4}}\b))"
    r"(?P<year>\d{4})\b",
    re.IGNORECASE,
)
#: "10.00 am", "2:30pm", "7.00 p.m.", and the hour alone: "at 2pm", "10 am"; "am" must end
#: a word, so "5 amendments" is no time; "9.30a.m" whose last stop closed the sentence
TIME_PHRASE = re.compile(
    r"\b(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s{0,3}(?P<ampm>am|pm|a\.m\.?|p\.m\.?)(?![a-z])",
    re.IGNORECASE,
)
#: "12 noon", "noon", "midday"
NOON = re.compile(r"\b(?:12(?:[.:]00)?\s*)?(?:noon|midday)\b", re.IGNORECASE)
#: the half of the day after a clock time: "am", "p.m."
MERIDIEM = r"(?:am|pm|a\.m\.?|p\.m\.?)"
#: a sitting's span, the half of the day after its end and perhaps after its start too:
#: "10.00 am - 11.35 am", "2.00 - 3.10 pm", "6.30pm to 8.05pm", "FROM 7.00 TO 8.05 PM"
#: (the pattern's body, searched in a sentence by CLOCK_RANGE and matched alone elsewhere)
CLOCK_RANGE_BODY = (
    rf"(?P<h1>\d{{1,2}})[.:](?P<m1>[0-5]\d)\s{{0,3}}(?P<a1>{MERIDIEM})?\s{{0,3}}"
    rf"(?:[-–—]|to\b)\s{{0,3}}(?P<h2>\d{{1,2}})[.:](?P<m2>[0-5]\d)\s{{0,3}}(?P<a2>{MERIDIEM})"
    r"(?![a-z])"
)
CLOCK_RANGE = re.compile(rf"\b{CLOCK_RANGE_BODY}", re.IGNORECASE)
#: "14:00", "10.30", "1930 hrs" as a labelled "Time:" field prints it (24-hour clock)
CLOCK_24 = re.compile(r"^(?P<h>[01]?\d|2[0-3])[.:]?(?P<m>[0-5]\d)\b(?!\s*(?:am|pm|a\.m|p\.m))")


def find_date(text: str) -> dt.date | None:
    """The first full date (day, month name or its abbreviation, year) in the text, or None."""
    match = DATE_PHRASE.search(text)
    if not match:
        return None
    month = match["month"].rstrip(".")
    month = SHORT_MONTHS.get(month.lower(), month)
    try:
        return date_parser.parse(f"{match['day']} {month} {match['year']}", dayfirst=True).date()
    except (ValueError, OverflowError):
        return None


def find_dates(text: str) -> list[dt.date]:
    found = []
    for match in DATE_PHRASE.finditer(text):
        date = find_date(match.group(0))
        if date:
            found.append(date)
    return found


def find_time(text: str) -> dt.time | None:
    """The first clock time ("10.00 am", "2:30pm", "at 2pm", "12 noon") in the text, or None;
    a span's start, though it prints no half of the day ("7.00 - 9.25 pm" began at 7 pm)."""
    match = TIME_PHRASE.search(text)
    noon = NOON.search(text)
    span = CLOCK_RANGE.search(text)
    if span is not None and (noon is None or span.start() < noon.start()):
        start = range_start_of(span)
        if start is not None and (match is None or span.start() <= match.start()):
            return start
    if noon and (match is None or noon.start() < match.start()):
        return dt.time(12, 0)
    if not match:
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    pm = match["ampm"].lower().startswith("p")
    if pm and 12 < hour <= 23 and minute <= 59:
        return dt.time(hour, minute)  # "19.30 pm": a 24-hour clock with the afternoon's mark
    if hour > 12 or minute > 59:
        return None
    if pm and hour != 12:
        hour += 12
    if not pm and hour == 12:
        hour = 0
    return dt.time(hour, minute)


def range_start_of(span: re.Match[str]) -> dt.time | None:
    """Where a CLOCK_RANGE span began. A start printed without its half of the day takes
    the end's, unless that would put it after the end ("11.00 - 1.10 pm" began at 11 am,
    "12.30 - 2.00 pm" at half past noon); None for hours no 12-hour clock prints."""
    h1, m1, h2, m2 = int(span["h1"]), int(span["m1"]), int(span["h2"]), int(span["m2"])
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12):
        return None
    end_pm = span["a2"].lower().startswith("p")
    if span["a1"]:
        pm = span["a1"].lower().startswith("p")
    else:
        end = (h2 % 12 + (12 if end_pm else 0)) * 60 + m2
        pm = end_pm and (h1 % 12 + 12) * 60 + m1 <= end
    return dt.time(h1 % 12 + (12 if pm else 0), m1)


def find_field_time(text: str) -> dt.time | None:
    """A labelled "Time:" field: any time `find_time` reads, else a 24-hour clock time at
    the start of the value ("14:00", "1930 hrs")."""
    found = find_time(text)
    if found is not None:
        return found
    match = CLOCK_24.match(text.strip())
    return dt.time(int(match["h"]), int(match["m"])) if match else None


NUMERIC_DATE = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b")
#: "06.06.17", "6/6/17", "06.06.2017": a parish clerk's short date, day first, the same
#: separator twice (one point alone is a time: "7.30")
SHORT_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d.]?\d)"
)
#: A two-digit year from this on is the twentieth century's ("97"), below it this one's
CENTURY_PIVOT = 70


def find_numeric_date(text: str) -> dt.date | None:
    """'11/12/2024' as the UK prints it (day first), or a short form ("06.06.17",
    "6/6/17"); None when there is none."""
    match = NUMERIC_DATE.search(text) or SHORT_NUMERIC_DATE.search(text)
    if not match:
        return None
    year = int(match["y"])
    if len(match["y"]) == 2:
        year += 1900 if year >= CENTURY_PIVOT else 2000
    try:
        return dt.date(year, int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def date_of_groups(match: re.Match[str]) -> dt.date | None:
    """The date a pattern's "year", "month" and "day" groups spell in figures; None when
    the figures name no day ("31/02")."""
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


#: The years a meeting paper can plausibly be dated in. A date outside is kept as written
#: (and warned about in parsing), but the writers that compute with dates (calendars, the
#: build's date) leave it out of ranges they derive, so it cannot overflow them.
PLAUSIBLE_YEARS = range(1900, 2101)


def is_plausible(date: dt.date) -> bool:
    return date.year in PLAUSIBLE_YEARS
