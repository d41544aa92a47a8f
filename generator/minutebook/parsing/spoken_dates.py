"""Dates a meeting sentence words the formal way, rewritten to the plain form the date
readers know.

A summons or a full council's minutes may say "on Monday the 10th day of March 2014" (the
deed's formula) instead of "on Monday 10th March 2014", and a clerk may type the date in
figures with full stops, "held on 6.3.2014", as the UK writes it day first. Each rewrite
leaves every other text unchanged, so the readers of the opening see a date they read.
"""

from __future__ import annotations

import re

from ..vocabulary import MONTHS

#: "the 10th day of March 2014", "10th day of March, 2014" -> "10th March 2014"
DAY_OF_MONTH = re.compile(
    rf"\b(?:the\s+)?(?P<day>\d{{1,2}}\s?(?:st|nd|rd|th)?)\s+day\s+of\s+(?P<month>{MONTHS})\b",
    re.IGNORECASE,
)
#: "6.3.2014", "06.03.2014": a date in figures with stops (a four-figure year, so no time
#: such as "6.30" reads as one) -> "6/3/2014"
DOTTED_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")


def plain_dates(text: str) -> str:
    """The text with a deed's "the 10th day of March" made "10th March" and a dotted
    "6.3.2014" made "6/3/2014"; any other text as it was."""
    text = DAY_OF_MONTH.sub(lambda m: f"{m['day']} {m['month']}", text)
    return DOTTED_DATE.sub(lambda m: f"{m['d']}/{m['m']}/{m['y']}", text)
