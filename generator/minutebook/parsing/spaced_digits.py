"""Dates and times whose digits the conversion spaced apart.

Text taken from a PDF whose font spaced its figures can break a year or a clock time in
two: "Tuesday, 26 June 20 18 at 10 .30am". No date or time reader takes "20 18" for a
year or "10 .30am" for a time, so the meeting's date is lost. Closed up, they read again;
only a year's two halves ("19"/"20" then two digits) after a month's name, and a space
before a time's stop or colon, are closed: "Items 20 18" or "pages 10 12" stay apart.
"""

from __future__ import annotations

import re

#: a year broken after its century, after a month's name: "June 20 18"
SPLIT_YEAR = re.compile(
    r"\b(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6},?\s)"
    r"(?P<century>19|20) (?P<year>\d\d)\b",
    re.IGNORECASE,
)
#: a clock time broken before its stop or colon: "10 .30am", "2 :00 pm"
SPLIT_CLOCK = re.compile(r"\b(\d{1,2}) ([.:])(\d\d)(?=\s?(?:[ap]\.?m\b|hrs?\b|hours\b|$))", re.I)


def closed_digits(text: str) -> str:
    """The text with a year and a clock time its conversion broke in two closed up."""
    text = SPLIT_YEAR.sub(r"\g<month>\g<century>\g<year>", text)
    return SPLIT_CLOCK.sub(r"\1\2\3", text)
