"""A meeting's date printed in its opening without the year, the year read from the paper.

Notes of a board or a working group often head their record with the weekday, the day and
the month only ("Tuesday 14th March, 10:00-12:00"): the year is on the file's name or in
the reference codes and dates further down ("Ref 03/14/03/2023", "the meeting held on 7th
February 2023"). The weekday fixes it: of the years the paper prints, the one whose
calendar puts that day and month on that weekday is the meeting's. `with_years` writes
the year into such a line of the opening so the date readers know it; the line is left
as printed when no printed year, or more than one, fits the weekday. A year printed with
its last figure lost ("Monday 21 June 202 at 7pm") is such a date too: the fitting year
takes the clipped one's place. So is such a date inside the opening's sentence, after "on"
("In the Village Hall on Monday 22nd July at 7.30pm").
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Line
from ..vocabulary import MONTHS, WEEKDAY_NAME

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: a line that opens with the weekday, the day and the month, and no year after them
YEARLESS = re.compile(
    rf"^(?P<date>[*#_ ]{{0,4}}(?P<weekday>{WEEKDAY_NAME}),?\s{{1,3}}"
    rf"(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?P<month>{MONTHS}))\b"
    r"(?!,?\s{0,3}(?:19|20)\d\d(?!\d))",  # a year glued on: "2016commencing"
    re.IGNORECASE,
)
#: the same date inside a line, after "on": "In the Village Hall on Monday 22nd July at 7pm"
#: (not at the line's end, where the year may have wrapped to the next line)
YEARLESS_ON = re.compile(
    rf"\bon\s{{1,3}}(?P<date>(?P<weekday>{WEEKDAY_NAME}),?\s{{1,3}}"
    rf"(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?P<month>{MONTHS}))\b"
    r"(?!,?\s{0,3}(?:19|20)\d\d(?!\d))(?!\W{0,3}$)",
    re.IGNORECASE,
)
#: a year that lost its last figure after the day and month ("MONDAY 21 June 202 at 7pm")
CLIPPED_YEAR = re.compile(r",?\s{1,3}(?P<digits>(?:19|20)\d)\b")
#: a year the paper prints, alone or closing a date in figures ("21/06/2023")
YEAR = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?![\d])")
#: Non-blank lines of the opening searched for the yearless date
OPENING_LINES = 8
#: Lines of the paper searched for printed years
YEAR_LINES = 2000
MONTH_NUMBERS = {m.lower(): k for k, m in enumerate(MONTHS.split("|"), start=1)}


def _fitting_year(lines: list[Line], weekday: str, day: int, month: int) -> int | None:
    """The one year the paper prints whose calendar puts the day on the weekday."""
    years = {int(m["year"]) for line in lines[:YEAR_LINES] for m in YEAR.finditer(line.text)}
    fitting = set()
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if WEEKDAYS[date.weekday()] == weekday.lower():
            fitting.add(year)
    return fitting.pop() if len(fitting) == 1 else None


def _after_clipped(text: str, match: re.Match[str], year: int) -> str:
    """The text after a yearless date, less the first three figures of the year when the
    print lost its last one ("21 June 202 at 7pm", the year fitting the weekday 2021)."""
    rest = text[match.end() :]
    clipped = CLIPPED_YEAR.match(rest)
    if clipped is not None and str(year).startswith(clipped["digits"]):
        return rest[clipped.end() :]
    return rest


def with_years(lines: list[Line]) -> list[Line]:
    """The lines with the year written into the opening's yearless dated line (see the
    module's docstring); the same list when there is none or no year fits."""
    seen = 0
    for k, line in enumerate(lines):
        if not line.text.strip():
            continue
        seen += 1
        if seen > OPENING_LINES:
            break
        match = YEARLESS.match(line.text.strip()) or YEARLESS_ON.search(line.text.strip()[:300])
        if match is None:
            continue
        year = _fitting_year(
            lines, match["weekday"], int(match["day"]), MONTH_NUMBERS[match["month"].lower()]
        )
        if year is None:
            return lines
        text = line.text.strip()
        out = list(lines)
        out[k] = Line(
            line.number, f"{text[: match.end()]} {year}{_after_clipped(text, match, year)}"
        )
        return out
    return lines
