"""A paper's reference code in brackets after a minute's title: "Declaration of interests
(028/2019)", "Car Park (BC262/18)".

Some boards and councils print, in a cell after each minute's heading, the reference of
the minute in the year's register or of the report it took ("(028/2019)": the
twenty-eighth of the year; "(BC262/18)": a committee's report). Flattened, the cell ends
the title in brackets; it is no part of the title. The code is a count (three digits,
zero-padded, or after a committee's capitals) over a year, so a financial year
("Budget (2019/20)") or a date in brackets stays in the title.
"""

from __future__ import annotations

import re

#: " (028/2019)", " (BC262/18)", " (DS 14/21)"
REFERENCE_CODE = re.compile(
    r"\s\((?:\d{3}|[A-Z]{1,4}\s?\d{1,4})/(?:19|20)?\d{2}\)\s*$",
)


def without_reference_code(title: str) -> str:
    """The title without the bracketed reference code ending it, if any."""
    match = REFERENCE_CODE.search(title)
    if match is None or match.start() == 0:
        return title
    return title[: match.start()].rstrip()
