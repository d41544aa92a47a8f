"""An agenda item whose title in capitals runs straight into what the meeting is to do.

Parish and town agendas often print each item as its number, a short title in capitals
and, on the same line, the item's description in sentence case:

    1. APOLOGIES To receive apologies for absence.
    3 MINUTES To approve the minutes of the meeting held on 4 May.

The conversion may also lose the space after the number ("1APOLOGIES To receive ...").
Such a line reads as no title (a sentence too long to be one); the title is the capitals
before the first word in sentence case, when a sentence follows (a word in lower case
among its first few). Read only when the item readers found no item on the line.
"""

from __future__ import annotations

import re

from .agenda_items import ItemLine, item_line
from .run_in_capitals import (
    ACRONYM,
    CAPITALS_TOKEN,
    CAPITALS_WORD,
    DECISION,
    LOWER_WORD,
    OPENING_WORDS,
    SENTENCE_WORD,
)

#: "1. ", "3 ", "12) ", or "1" glued to the capitals; the capitals after it
NUMBERED = re.compile(
    r"^\s{0,8}(?P<code>\d{1,3}[a-z]?)(?:[.):]?[ \t]{1,6}|(?=[A-Z]{2}))(?P<rest>[A-Z][^a-z\s].*)$"
)
#: Words of a title in capitals at most
MAX_TITLE_WORDS = 16


def capitals_run_in(text: str) -> ItemLine | None:
    """The item of a line whose number and title in capitals run into a sentence ("1.
    APOLOGIES To receive apologies"): its number and the capitals alone; None when the
    line is not so."""
    match = NUMBERED.match(text)
    if match is None:
        return None
    words = match["rest"].split()
    at = next((n for n, w in enumerate(words) if not CAPITALS_TOKEN.match(w)), None)
    if at is None or at == 0 or at > MAX_TITLE_WORDS or not SENTENCE_WORD.match(words[at]):
        return None
    title = " ".join(words[:at]).rstrip(" -–:")
    if not CAPITALS_WORD.search(title) or ACRONYM.match(title) or DECISION.match(title):
        return None
    if not any(LOWER_WORD.match(w) for w in words[at + 1 : at + OPENING_WORDS]):
        return None  # "4 CCTV Camera Replacement": capitals open a title in sentence case
    return item_line(f"{match['code']}. {title}")
