"""An agenda item whose title runs into a description that opens by repeating it.

An agenda sets each item's title in bold over a line or two saying what it is, and the
description often opens with the title's own words: "5. Work Programme" over "Work
Programme of the Panel for the year ...", "4. Minutes" over "Minutes of the meeting held on
...". When the conversion runs the two together ("5. Work Programme Work Programme of the
Panel ..."), the line reads as one long title. The title is the words
before their repetition, when they read as a title (capitalised, not ending on a small
word) and the description goes on past them.
"""

from __future__ import annotations

from .agenda_items import ItemLine, item_line
from .agenda_run_in import CODED, TITLE_SMALL

#: Words of a repeated title at most
MAX_TITLE_WORDS = 8
#: Words of the description after the repetition at least
MIN_DESCRIPTION_WORDS = 2


def repeated_title(text: str) -> ItemLine | None:
    """The item of a line whose title is repeated to open its description ("5. Work
    Programme Work Programme of the Panel ... (Pages 3 - 8)" is item 5, "Work Programme",
    its pages the line's); None when the line opens with no such repetition."""
    match = CODED.match(text.rstrip())
    if match is None:
        return None
    words = match["rest"].split()
    for size in range(1, min(MAX_TITLE_WORDS, len(words) // 2) + 1):
        title, again = words[:size], words[size : 2 * size]
        if [w.lower() for w in title] != [w.lower() for w in again]:
            continue
        if len(words) - 2 * size < MIN_DESCRIPTION_WORDS or title[-1].lower() in TITLE_SMALL:
            return None
        if not all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL for w in title):
            return None
        read = item_line(f"{match['code']}. {' '.join(title)}")
        whole = item_line(text)  # the page range the line ends with is the item's
        return read and ItemLine(read.code, read.title, whole.pages if whole else None)
    return None
