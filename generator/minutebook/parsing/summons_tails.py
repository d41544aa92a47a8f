"""A summons whose sentence runs on to the next paragraph, its time or place left there.

A town or parish council's summons closes on the standard words "for the purpose of
transacting the following business". Converted from a PDF, the sentence is often broken
into two paragraphs where the page wrapped it, the time or the place going with the
closing words: "... summoned to attend a meeting of Eastby Town Council at the Market
Hall on Monday 9th October 2017" / "at 7.15pm for the purpose of transacting the following
business.", or "... on Wednesday 25th August 2021 at 7.30pm, to be held at:" / "Eastby
Village Hall for the purpose of transacting the business on the following agenda." The
opening's own line then gives no time or no place. The paragraph under it is the same
sentence when the opening's line ends with no stop and the paragraph holds the closing
words; the time and place are read from it up to them (a place with no "at" only when it
names a building). The reader returns None otherwise.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Line
from .bare_venues import bare_place
from .openings import when_and_where
from .text import plain

#: the summons' closing words: "for the purpose of transacting", "to transact the business"
CLOSING_WORDS = re.compile(
    r"\s(?:for\s+the\s+(?:purpose|purposes)\s+of\s+transacting|to\s+transact)\b", re.IGNORECASE
)
#: the opening's line ends its sentence: a stop, or a question or exclamation mark
SENTENCE_CLOSED = re.compile(r"[.!?]\s*$")
#: characters of the paragraph under the opening read for the sentence's end
MAX_TAIL = 300


def summons_tail(lines: list[Line], line_number: int) -> tuple[dt.time | None, str | None] | None:
    """The time and place the summons on line `line_number` leaves to the paragraph under
    it, read up to the summons' closing words; None when the opening's line closes its
    sentence or the paragraph under it does not close the summons."""
    index = next((i for i, ln in enumerate(lines) if ln.number == line_number), None)
    if index is None or SENTENCE_CLOSED.search(plain(lines[index].text)):
        return None
    below = next((ln for ln in lines[index + 1 : index + 4] if ln.text.strip()), None)
    if below is None:
        return None
    text = plain(below.text)[:MAX_TAIL]
    closing = CLOSING_WORDS.search(text)
    if closing is None or closing.start() == 0:
        return None
    head = text[: closing.start()].strip(" ,")
    if not head.lower().startswith(("at ", "in ")):  # the place alone: "Eastby Village Hall"
        venue = bare_place(head)
        return (None, venue) if venue is not None else None
    _, time, venue, _ = when_and_where(head)
    return (time, venue) if time is not None or venue is not None else None
