"""A web page's meeting: its heading, then the date in figures with the time.

Town and community councils' sites print a meeting's minutes under the page's heading
(the meeting: "Full Council", "Planning Committee") and a line of the date in figures and
the time ("12/06/2023 at 7:00 pm"; on a Welsh page "am 7:00 pm"), the minutes' own
opening sentence often lost. `dated_title_opening` reads a date in words only; this reader
returns None unless a title line stands right above such a dated line.

A paper's own heading may print the body and the date in figures on one line, the year in
two ("EXTRAORDINARY COUNCIL 21/1/10"): `titled_numeric_date` reads the body before the
date when a body's noun ends it.
"""

from __future__ import annotations

import re

from ..dates import TIME_PHRASE, find_numeric_date, find_time
from ..model import Line
from ..vocabulary import BODY_NOUNS
from .openings import Opening, opening_lines, title_lines, title_name
from .text import plain

#: the dated line: "12/06/2023", "12/06/2023 at 7:00 pm", "24/02/2014 am 6:30 pm"
NUMERIC_DATED_LINE = re.compile(
    rf"\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:,?\s{{1,4}}(?:at|am|@)?\s{{0,4}}(?:{TIME_PHRASE.pattern}))?\.?",
    re.IGNORECASE,
)
#: Non-blank lines of the opening searched for the dated line
DATED_REACH = 4


def numeric_dated_title_opening(lines: list[Line]) -> Opening | None:
    """The heading over a line holding only the date in figures and the time."""
    for i, line in opening_lines(lines)[:DATED_REACH]:
        text = plain(line.text).strip()
        if not NUMERIC_DATED_LINE.fullmatch(text):
            continue
        date = find_numeric_date(text)
        titles = title_lines(lines, i)
        body = next((n for t in titles if (n := title_name(t))), "")
        if date is None or not body:
            return None
        return Opening(body, date, find_time(text), None, line.number)
    return None


#: "EXTRAORDINARY COUNCIL 21/1/10", "Planning Committee 04/03/2014": a title naming the
#: body (a body's noun closing it), then the date in figures ending the line
TITLE_NUMERIC_DATE = re.compile(
    rf"(?P<body>(?:[A-Z][\w&'’-]*\s+){{0,6}}(?i:{BODY_NOUNS}))"
    r"\s+(?P<date>\d{1,2}/\d{1,2}/(?:\d\d){1,2})$"
)


def titled_numeric_date(lines: list[Line]) -> Opening | None:
    """The meeting of a heading line "BODY d/m/yy" among the opening's first lines; None
    when no such line opens the paper."""
    for _, line in opening_lines(lines)[:DATED_REACH]:
        text = plain(line.text).strip()
        match = TITLE_NUMERIC_DATE.fullmatch(text) if len(text) <= 120 else None
        date = find_numeric_date(match["date"]) if match else None
        if match is not None and date is not None:
            return Opening(match["body"], date, None, None, line.number)
    return None
