"""Agenda items named as sub-headings inside a record's declarations minute.

A committee's minute of declarations may set out the interests item by item, each under
the agenda item's number and title: "131 Declarations of interest ..." then "Item 5: 3
Mill Road, Fenby", "Item 6: Garage Block, Brook Road". Those lines cite the items the
interests concern; they head no minute of their own. `declared_item` tells such an "Item N"
heading after a declarations minute, its number below that minute's: the minutes' reader
passes over it, and the minute runs on to the next heading that carries the numbering on.
"""

from __future__ import annotations

import re

from ..model import Line
from .minute_headings import MinuteHeading, order_key

#: a declarations minute's title: "Declarations of Interest", "Disclosures of interests"
DECLARATIONS = re.compile(r"\b(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+)?interests?\b", re.I)
#: a heading printed as an agenda item's citation: "Item 5: ...", "Agenda Item 6 - ..."
ITEM_HEADING = re.compile(r"^\W{0,3}(?:agenda\s+)?item\s+\d", re.IGNORECASE)


def declared_item(
    lines: list[Line],
    heading: MinuteHeading,
    previous: MinuteHeading | None,
) -> bool:
    """Whether the heading is an "Item N" line inside the declarations minute before it,
    its number below that minute's."""
    if previous is None or previous.number is None or heading.number is None:
        return False
    if not DECLARATIONS.search(previous.title):
        return False
    if ITEM_HEADING.match(lines[heading.index].text.strip()) is None:
        return False
    key, under = order_key(heading.number), order_key(previous.number)
    return key is not None and under is not None and key < under
