"""A minute headed by its agenda item, its minute code on the next line.

Community and parish councils that head each minute with the agenda's wording often
print the item's number and title first and the minute's code in a column to the left of
the minute's text; converted to text, the code stands alone under the heading or opens
the minute's first line, glued to its text or not:

    AGENDA ITEM 1 – Apologies
    KV/21/04.03.24
    Apologies were received from ...

    Item 2:Declarations of Interest.
    24/12 Councillor A Byrne declared ...

The code numbers the minute (it runs through the council's year, the item's number
restarts at every meeting); the item's number is the agenda item the minute records. A
code here is a serial over a year ("24/12", "031/23"), or lettered with the meeting's
date after it ("KV/21/04.03.24"); a date ("04/03/2024") or a fraction opening a
sentence is never read so. `item_minute_code` reads it.
"""

from __future__ import annotations

import re

from ..model import Line

#: "24/12", "031/23", "KV/21", "KV/21/04.03.24": a year and a serial (either way round),
#: or a series' letters and a serial, the meeting's date in dots after it or not; then
#: the line's end, a space or the text glued on ("24/8Resolved")
ITEM_CODE = re.compile(
    r"^(?P<code>(?:[A-Z]{1,4}/\d{1,3}|\d{2,3}/\d{1,3})"
    r"(?:/(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d\d){1,2})?)"
    r"(?=$|[ \t]|[A-Z][a-z])"
)


def item_minute_code(lines: list[Line], i: int) -> str | None:
    """The minute code under the agenda item's heading at line `i`: alone on the next
    line, or opening it before the minute's text; None when the next line opens with no
    such code."""
    if i + 1 >= len(lines):
        return None
    match = ITEM_CODE.match(lines[i + 1].text.strip())
    return None if match is None else match["code"]
