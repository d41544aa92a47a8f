"""A title's meeting with the time and place of a record's sentence that names no body.

A local council's web page or short record puts the body in its title and opens the record
with a sentence that says when and where but not who met: "Parish Council Minutes 2 July
2019" over "Draft minutes of meeting held on 2nd July 2019 at 7.30 pm in the Vestry Room.",
"ALBURY PARISH COUNCIL MEETING" over "Minutes of the meeting held Tuesday 10th January
2023, 7.15 pm at the Village Hall". The sentence readers skip a sentence naming no body
when no title line above it names one either (a dated title names none: its date is no
name), so the title's meeting is read without the time and place. This reader gives the
title's opening the time and place of such a sentence under it, on the same day, when the
title names neither; it returns None otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Line
from .openings import Opening
from .sentence_openings import meeting_clause
from .text import plain

#: a record's sentence naming no body: "(Draft) Minutes of (the) meeting held ..."
BODILESS = re.compile(
    r"^(?:(?:draft|unconfirmed|approved|confirmed)\s+)?minutes\s+of\s+(?:the\s+|a\s+)?"
    r"meeting\s+held\b",
    re.IGNORECASE,
)
#: lines under the title searched for the sentence (blank lines not counted)
REACH = 4


def with_bodiless_sentence(title: Opening, lines: list[Line]) -> Opening | None:
    """The title's opening with the time and venue of the bodiless record sentence printed
    within REACH lines under it, when the title names neither and the sentence gives the
    title's date and a time or a place; else None."""
    if title.time is not None or title.venue or title.venue_blank:
        return None
    below = [ln for ln in lines if ln.number > title.line and ln.text.strip()][:REACH]
    for line in below:
        text = plain(line.text).strip()
        if not BODILESS.match(text):
            continue
        clause = meeting_clause(text)
        if clause is None or clause.body or clause.date != title.date:
            return None
        if clause.time is None and not clause.venue:
            return None
        return replace(title, time=clause.time, venue=clause.venue)
    return None
