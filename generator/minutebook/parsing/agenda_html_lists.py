"""An agenda saved from a web page whose items are HTML ordered lists.

A parish council's web page builds its agenda from ordered lists: each list numbers
its items from 1, so a paragraph between two lists (an item's description) starts the
numbering again, and an item's own list (the applications under "Planning") is a list
nested inside it, set in deeper:

      1. Apologies for Absence
      2. Declarations of Interest

    To receive any requests for a dispensation.

      1. To approve the minutes of the meeting held on 3rd May 2016
      2. Planning:
        1. Applications Received: None.
        2. To receive any update on the new houses in Mill Lane.
      3. Village Hall

Every list item at the agenda's own indent (the shallowest of its numbered lines, two to
eight spaces in) is an item, its number as printed; a "1." there after later numbers
starts a list again (`html_lists` gives the lines where). A numbered line set in deeper
belongs to the nested list of the item above it, and is no item. Read only when the
numbering restarts at that indent, which shows the lists, and no item is numbered at the
margin (there the indented lists are the items' parts: "2.  Minutes" over "  1. ...").
"""

from __future__ import annotations

import re

from ..model import Line

#: "  1. Title": a list item two to eight spaces in, its number and stop
LIST_ITEM = re.compile(r"^(?P<indent>[ ]{2,8})(?P<number>\d{1,2})\.[ ]{1,4}\S")
#: a numbered line of a list nested deeper: "    1. Applications Received"
NUMBERED = re.compile(r"^(?P<indent>[ ]{2,16})\d{1,2}\.[ ]{1,4}\S")
#: an item numbered at the margin ("2.  Minutes"): the agenda's items are not the lists'
MARGIN_ITEM = re.compile(r"^\d{1,2}[.)][ \t]{1,4}[A-Z]")
#: The fewest list items at the agenda's indent that show the layout
MIN_ITEMS = 3


def html_lists(lines: list[Line]) -> tuple[list[Line], frozenset[int]] | None:
    """The agenda's lines with each nested list's numbered lines blanked, and the line
    numbers where a list at the agenda's indent starts again at "1."; None when the agenda is not
    built so (no list restarts at its shallowest numbered indent)."""
    items = [(k, m) for k, x in enumerate(lines) if (m := LIST_ITEM.match(x.text))]
    if len(items) < MIN_ITEMS or any(MARGIN_ITEM.match(x.text) for x in lines):
        return None  # items numbered at the margin: the indented lists are their parts
    top = min(len(m["indent"]) for _, m in items)
    restarts: set[int] = set()
    highest = 0
    for k, match in items:
        if len(match["indent"]) != top:
            continue
        number = int(match["number"])
        if number == 1 and highest >= 1:
            restarts.add(lines[k].number)
        highest = number
    if not restarts:
        return None
    out = [
        Line(x.number, "") if (m := NUMBERED.match(x.text)) and len(m["indent"]) > top else x
        for x in lines
    ]
    return out, frozenset(restarts)
