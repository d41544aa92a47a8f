"""An agenda's list of items run together on one line, under a section heading.

An agenda that groups its items under section headings ("Introduction", "Strategy and
policy", "Regulatory") may lose its line breaks inside each group: "Introduction 1. To
receive apologies for absence 2. Appointment of Chair 3. ... 7. Public question time",
then on the next line "8. To receive the minutes ... (Pages 4-18) 9. Summary of actions
...". Such a line holds one kind of marker only (the numbered items), which
`flattened_lines` wants two of; the whole list from its first item is the second: a
report's paragraph with a numbered list in a sentence numbers fewer items. A shorter line
after a flattened one is cut too when its items number on from the last one above.
"""

from __future__ import annotations

import itertools
import re

#: Items numbered in a row from "1." that make an agenda's list on their own
MIN_LIST = 4
#: Longest item in the list (its title and a line or two of notes): a flattened record's
#: minutes run on for paragraphs
MAX_ITEM_CHARS = 240
#: Items numbered on from the line above that make its list's next line
MIN_CONTINUED = 1
#: The shortest line read as the next line of a list (shorter: a title of its own)
MIN_CONTINUED_CHARS = 60
#: "1. To", "12. Appointment": the number a run's heading opens with
FIRST_NUMBER = re.compile(r"(?P<number>\d{1,3})")


def _number(text: str, start: int) -> int | None:
    match = FIRST_NUMBER.match(text, start)
    return int(match["number"]) if match else None


def whole_list(text: str, numbered: list[int]) -> list[int]:
    """The run's positions when it is an agenda's whole list: `MIN_LIST` or more items
    numbered in a row from 1, none longer than `MAX_ITEM_CHARS` (a flattened record's
    numbered minutes run on for paragraphs); [] otherwise."""
    if len(numbered) < MIN_LIST or _number(text, numbered[0]) != 1:
        return []
    if any(later - start > MAX_ITEM_CHARS for start, later in itertools.pairwise(numbered)):
        return []
    return numbered


def continues_list(text: str, numbered: list[int], last: int | None) -> bool:
    """Whether a line after a flattened one holds the list's next items: its run starts
    at the number after `last` (the last item above)."""
    if last is None or len(numbered) < MIN_CONTINUED or len(text) < MIN_CONTINUED_CHARS:
        return False
    return _number(text, numbered[0]) == last + 1
