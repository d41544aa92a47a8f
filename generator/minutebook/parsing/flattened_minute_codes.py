"""Minute codes with the body's letters, on a paper flattened onto one line.

Councils' cabinets and committees number their minutes with the body's letters and the
year ("CAB101/23 APOLOGIES FOR ABSENCE", "CC351/19 MINUTES", a full council's "C 08/042
Election of Mayor", a drainage board's running "B.1145 Standing Orders"): on a line,
`minute_headings` reads them (`MINUTE_CODE`, `SPACED_CODE`). Flattened onto one line by
a document host, they were no marker, so the paper's minutes were never cut apart. The
codes of one run share their letters and year and their numbers rise by one; a code
inside a sentence ("in minute CAB105/23") stands alone and makes no run.

`lettered_codes` lists the candidates as (position, number, series) for the line's run
search; `lettered_code_at` reads one at a position. Both return nothing for other text.
"""

from __future__ import annotations

import re

from .minute_headings import MINUTE_CODE

#: Candidates weighed on one line (bounds the run search)
MAX_CODES = 400

#: "CAB101/23 TITLE": letters, the minute's number and the year (the code as
#: `MINUTE_CODE` reads it on a line), then a title's capital
LETTERED = re.compile(
    rf"(?<!\S)(?=(?:{MINUTE_CODE})\.?[ ])(?P<letters>[A-Z][A-Za-z]{{0,5}})[./-]?"
    r"(?P<number>\d{1,4})/(?P<year>\d\d(?:\d\d)?)\.?[ ]{1,3}(?=[A-Z])"
)
#: "C 08/042 Election of Mayor": one letter, a space, the year, then the minute's number
SPACED = re.compile(
    r"(?<!\S)(?P<letters>[A-Z]) (?P<year>\d\d)/(?P<number>\d{2,4})\.?[ ]{1,3}(?=[A-Z])"
)


#: "B.1145 Standing Orders": a board's series letter, a point and a running number (no
#: year), then the title's capital
DOTTED = re.compile(
    r"(?<!\S)(?P<letters>[A-Z]{1,2})\.(?P<number>\d{2,5})(?P<year>)[ ]{1,3}(?=[A-Z])"
)


def lettered_code_at(text: str, start: int) -> re.Match[str] | None:
    """The lettered minute code at `start`, in any form; None when none is there."""
    return LETTERED.match(text, start) or SPACED.match(text, start) or DOTTED.match(text, start)


def lettered_codes(text: str) -> list[tuple[int, int, str]]:
    """Each lettered minute code on the line: its position, its minute number and its
    series (letters and year, which a run keeps), in the order printed."""
    found = [
        (m.start(), int(m["number"]), f"{m['letters']}/{m['year']}")
        for pattern in (LETTERED, SPACED, DOTTED)
        for m in pattern.finditer(text)
    ]
    return sorted(found)[:MAX_CODES]
