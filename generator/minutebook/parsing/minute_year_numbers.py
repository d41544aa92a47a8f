"""Parish minutes numbered by the year first, the slash spaced: "2019 / 14 – Title".

Parish and town councils number their minutes through the council's year, and a web
page or a word processor often prints the number with spaces about its slash, then a
dash before the title:

    2019 / 14 – Election of Chairman for the Council Year 2019/2020

      • Cllr A Reid was proposed by Cllr B Moss ...

    2019/ 15 - Apologies

The number is kept as printed, its spacing included ("2019 / 14", "2019/ 15"). The year
comes first and has four digits, the minute after the slash one to three; a space on
either side of the slash, or the dash before the title, marks it (so "2023/24 Budget",
a financial year opening a title, is never read so). `year_first_numbered` reads it;
`year_first_key` gives its place in the document's order.
"""

from __future__ import annotations

import re

#: "2019 / 14 – Title", "2019/ 15 - Title", "2019 /16 Title": a year, a slash with a
#: space on a side, the minute, then a dash or a gap and the title
SPACED = re.compile(
    r"^(?P<number>(?:19|20)\d\d(?:[ ]{1,2}/[ ]{0,2}|/[ ]{1,2})\d{1,3})\.?"
    r"(?:[ \t]{1,4}[–—-][ \t]{1,4}|[ \t]{1,4})(?P<title>\S.{0,240})$"
)
#: "2019/14 – Title": unspaced, so only with the dash before the title
DASHED = re.compile(
    r"^(?P<number>(?:19|20)\d\d/\d{1,3})\.?[ \t]{1,4}[–—-][ \t]{1,4}(?P<title>\S.{0,240})$"
)
#: the number alone, spaced or not: its year and minute
KEY = re.compile(r"^(?P<year>(?:19|20)\d\d)[ ]{0,2}/[ ]{0,2}(?P<minute>\d{1,3})$")


def year_first_numbered(text: str) -> tuple[str, str] | None:
    """The number as printed and the title of a line "2019 / 14 – Title" (see the
    module's note); None for any other line."""
    match = SPACED.match(text)
    if match is None:
        match = DASHED.match(text)
        if match is None or _financial_year(match["number"]):
            return None  # "2023/24 – Budget Monitoring": a financial year opens the title
    return match["number"], match["title"].strip()


def _financial_year(number: str) -> bool:
    """ "2023/24": a year and the next year's last two digits."""
    year, _, rest = number.partition("/")
    return len(rest) == 2 and int(rest) == (int(year) + 1) % 100


def year_first_key(number: str) -> tuple[int, int] | None:
    """ "2019 / 14" is (2019, 14): minute 14 of the council's year 2019; None for a number
    of any other form."""
    match = KEY.match(number)
    return (int(match["year"]), int(match["minute"])) if match else None
