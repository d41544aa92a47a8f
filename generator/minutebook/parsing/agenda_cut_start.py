"""An agenda whose first items were cut off: its numbering starts past 1.

An agenda's numbering starts at its 1 (`Numbering`), which keeps an address ("25 High
Street") or a figure from reading as an item. A paper saved in part, or a front sheet
whose first items were lost in conversion, prints only later items ("4. Minutes ...",
"8. Notice of Motions ..."): nothing is read. As a fallback, when an agenda yields no
item at all, its numbering may start at the first line that reads as an item, provided
at least `MIN_ITEMS` lines at the margin read as items numbered higher and higher.
"""

from __future__ import annotations

from ..model import Line
from .agenda_items import coded_line

#: Lines read as items, in rising order, that vouch for a numbering cut at its start
MIN_ITEMS = 2
#: Highest number a cut numbering may start at (a larger one is a running number)
MAX_START = 60


def cut_numbering_start(lines: list[Line]) -> str | None:
    """The code the agenda's numbering starts at when its first items were cut off, or
    None when fewer than `MIN_ITEMS` plain integer-coded items rise at the margin."""
    codes: list[int] = []
    for line in lines:
        if line.text[:1].isspace():
            continue
        item = coded_line(line.text.strip())
        if item is None or not item.code.isdigit() or int(item.code) > MAX_START:
            continue
        if codes and int(item.code) <= codes[-1]:
            return None  # the numbering falls back: these are no items of one agenda
        codes.append(int(item.code))
    return str(codes[0]) if len(codes) >= MIN_ITEMS and codes[0] > 1 else None
