"""The minutes of several meetings, lettered straight under the item that brings them.

Councils' and joint boards' agendas (Scottish ones above all) print one item for the
minutes and letter the meetings whose minutes it brings straight under it, with no
blank line, as rows of a table or lines of a list:

    3. Minutes
    (i) Minute of Meeting of the Schools Committee of 4 May 2024 for approval
    (ii) Minute of Meeting of the Estates Sub-Committee of 12 April 2024 for noting

    4 Committee minutes
    (a) Finance Committee of 3 May 2024

Each minute is confirmed or noted on its own: an item, though a run printed straight
under its item otherwise lists what the item covers ("(a) Village bus services – moved
by Councillor Brook" under "Notices of Motion"). A sub-item is such a minute when it
names its meeting's date and it, or the item over it, speaks of minutes or notes.
"""

from __future__ import annotations

import re

from ..dates import find_date

#: the word naming a meeting's record: "Minutes", "Minute of Meeting", "Note of"
MINUTES_WORD = re.compile(r"\b(?:minutes?|notes?)\b", re.IGNORECASE)
#: The longest title read as one meeting's minute (a description runs longer)
MAX_TITLE = 200


def minutes_sub_item(parent_title: str, title: str) -> bool:
    """Whether a lettered sub-item printed straight under its item is the minute of one
    meeting, an item of its own (see the module's note)."""
    if len(title) > MAX_TITLE or find_date(title) is None:
        return False
    return bool(MINUTES_WORD.search(parent_title) or MINUTES_WORD.search(title))
