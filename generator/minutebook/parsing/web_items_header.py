"""A committee system's meeting page: its header above the items' table.

A ModernGov "Agenda and minutes" page prints the meeting's details (title line, "Venue:",
"Contact:") and then the header of its table of items ("No. Item"); every line under that
header is an item's. A minute whose title names another meeting ("Authority Budget
Meeting 19 February 2021", the minutes it confirms) is not the page's meeting, so the
page's meeting is read above the header only when the page's meeting was read from a line under it.
"""

from __future__ import annotations

import re

from ..model import Line

#: the table's header, its number column empty when the minutes number nothing
ITEMS_HEADER = re.compile(r"^No\.?\s{1,8}Item$", re.IGNORECASE)
#: Lines of a page searched for the header (it follows the meeting's few detail lines)
HEADER_WINDOW = 40


def header_lines(lines: list[Line]) -> list[Line]:
    """The lines above a web page's "No. Item" header near the top, when some of them hold
    text; else all the lines (a paper with no such header)."""
    for k, line in enumerate(lines[:HEADER_WINDOW]):
        if ITEMS_HEADER.match(line.text.strip()):
            if any(ln.text.strip() for ln in lines[:k]):
                return lines[:k]
            return lines
    return lines
