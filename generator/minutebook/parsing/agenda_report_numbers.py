"""Reports listed under an item by their own report numbers: "29/20 Corporate Plan".

A national park authority's or a council's agenda may number its standing business
"1." to "8." and list, under "8. To receive these reports:", each report by the
number it carries through the year, its running figure and the year's two figures:

    8. To consider the following reports:

    29/20 Corporate Plan 2020/21

    Members are asked to approve the plan.

    30/20 Annual Governance Statement

Each such report is an item of the agenda with its report number as its code. A line is
read so only below an item whose line ends with a colon (it introduces a list), and each
number must carry on from the one before, the same year's, a few figures on (30/20 or
32/20 after 29/20, a withdrawn report skipped): a figure in that form elsewhere ("12/20
of the budget") starts no item.
"""

from __future__ import annotations

import re

#: "29/20": the report's running figure and the year's last two figures
REPORT_NUMBER = re.compile(r"(?P<figure>\d{1,3})/(?P<year>\d{2})")
#: Most figures from one listed report to the next (reports withdrawn between them)
MAX_STEP = 3


def next_report_number(code: str, last: str | None) -> bool:
    """Whether `code` is a report number following `last` (the number of the report
    listed above it, None for the first of the list): a later figure of the same year,
    at most `MAX_STEP` on."""
    match = REPORT_NUMBER.fullmatch(code)
    if match is None:
        return False
    if last is None:
        return True
    before = REPORT_NUMBER.fullmatch(last)
    return (
        before is not None
        and before["year"] == match["year"]
        and 0 < int(match["figure"]) - int(before["figure"]) <= MAX_STEP
    )
