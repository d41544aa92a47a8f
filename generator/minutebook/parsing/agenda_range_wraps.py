"""A title that wraps under the page range its first line ends with.

A pack's contents page sets the title in a column beside the page column; a long title
wraps, and the converter prints the range at the end of the title's first line, the rest
of the title on the next line with text, where the paper's description often follows on
(reporter, enclosure note):

    13. Proposals for the Left Bank of the River 34 – 38

    Wend at Hexton Ford Report by Senior Waterways Officer (herewith)

The item's title goes on with that line's words up to the description. The line is read
so only when the description follows on it (a line of words alone may be a sentence or
a heading), and it is no item and no description itself ("Report by ...": an item whose
title ended on its first line); and only for an item read from its first line alone (a
title another reader joined has its end already).
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts, Line
from .agenda_items import DESCRIPTION

#: the range closing the item's first line: "... of the River 34 – 38"
RANGE_AT_END = re.compile(r"\s\d{1,3}\s?[-–]\s?\d{1,3}\s*$")
#: where the paper's description starts on the title's last line
DESCRIPTION_STARTS = re.compile(
    r"\s(?:(?:Joint\s+)?Report\s+(?:by|of|from)\b|\((?:herewith|attached|enclosed)\)"
    r"|Notes\s+of\b|To\s+(?:note|consider|receive)\b|For\s+information\b)"
)
#: Lines looked down for the title's rest (a blank line between), and its most words
REACH = 2
MAX_WORDS = 14


def _rest_below(lines: list[Line], at: int, taken: set[int]) -> str | None:
    """The title's rest on the next line with text under index `at`: its words before the
    description, when the line is no item's, no capitals heading and no description."""
    below = next(
        (k for k in range(at + 1, min(at + 1 + REACH, len(lines))) if lines[k].text.strip()), None
    )
    if below is None or lines[below].number in taken:
        return None
    text = lines[below].text.strip()
    if DESCRIPTION.match(text) or text.isupper() or not (text[0].isupper() or text[0].isdigit()):
        return None
    cut = DESCRIPTION_STARTS.search(text)
    rest = text[: cut.start()].strip() if cut else ""
    if not rest or len(rest.split()) > MAX_WORDS or rest.endswith((".", ":")):
        return None
    return rest


def titles_wrapped_under_ranges(items: list[AgendaItemFacts], lines: list[Line]) -> None:
    """Join to each item's title the rest of it printed on the next line, when its first
    line ends with the item's page range (see the module's docstring)."""
    taken = {item.line for item in items}
    index: dict[int, int] = {}
    for k, line in enumerate(lines):
        index.setdefault(line.number, k)
    for item in items:
        at = index.get(item.line)
        if item.pages is None or at is None or not RANGE_AT_END.search(lines[at].text):
            continue
        if item.title not in lines[at].text:
            continue  # joined from more lines by another reader
        rest = _rest_below(lines, at, taken)
        if rest is not None:
            item.title = f"{item.title} {rest}"
