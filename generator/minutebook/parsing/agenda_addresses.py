"""A property's street address listed under an agenda item, no item of its own.

A parish agenda lists under its planning item the applications it is to comment on, each
opening with the property's number and street: "9.1 Applications received" over "14
Orchard Way, Wyke: Erection of a rear extension." Read as it is, the line is item 14. A
line whose number is bare (no stop) and whose title opens with a street's name and a
comma is that address when the number does not follow the last item's: no agenda jumps
from item 9 to item 14 with the planning list between.
"""

from __future__ import annotations

import re

#: "14 Orchard Way, ...", "3a Mill Road, ...": a bare number, a street's name ending on a
#: street's word, and a comma
ADDRESS = re.compile(
    r"^\s{0,8}\d{1,4}[a-z]?[ ]{1,3}[A-Z][\w'’-]{1,30}(?:[ ][A-Z][\w'’-]{1,30}){0,3}[ ]"
    r"(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Terrace|Place|Gardens|Court|Row"
    r"|Square|Hill|Walk|Grove|Mews|View|Green)(?=,)"
)


def street_address(text: str, code: str, last: int | None) -> bool:
    """Whether a line read as item `code` is a property's address listed under the item
    before: its bare number opens a street's name and a comma, and is not the number
    after `last` (the last item's whole number)."""
    if ADDRESS.match(text) is None or not code.isdigit():
        return False
    return last is None or int(code) != last + 1
