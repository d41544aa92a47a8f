"""Declarers run on along one line under the lead that introduces them.

A clerk may list each member's interest under a lead closed by a colon, the member's
name then what the interest concerns, one entry a row; the conversion ran the rows
together:

    The following declarations of interest were made: -
    Cllr. A. Ash Planning Cllr. D. Birch Village School Planning Cllr. C. Cole Planning

Each titled name on such a line is a declarer (the words after it, up to the next name,
what they declared an interest in). Read only straight under a lead closed by a colon
that speaks of declarations or interests, and only where two titled names or more run
on so with words between them: a list of names alone is read by `listed_names`.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from .text import plain

#: "Cllr. A. Ash", "Councillor B Birch", "Mrs C. Cole": a member titled, initials and
#: a surname, as such a run prints each entry's name
TITLED_ENTRY = re.compile(
    r"(?<!\S)(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s{1,3}(?:[A-Z]\.?\s{1,3}){1,3}"
    r"[A-Z][a-z'’-]{1,30}(?:-[A-Z][a-z'’-]{1,30})?"
)
#: The lead over the run: it speaks of declarations or interests and closes on a colon
LEAD = re.compile(r"(?i)\b(?:declar\w*|interests?)\b.{0,200}:\s?[-–]?$")
#: Fewest entries on the line for it to be such a run
MIN_ENTRIES = 2
#: Longest line read
MAX_LINE = 2000


def titled_run_under_lead(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """Each titled member on a line run on under a declarations lead, on that line; []
    when the minute holds no such line."""
    found: list[DeclarationFacts] = []
    lead: str | None = None
    for line in body:
        text = plain(line.text).strip()
        if not text:
            continue
        if lead is not None and len(text) <= MAX_LINE:
            found += _entries(line, text, minute)
        lead = text if LEAD.search(text[-300:]) else None
    return found


def _entries(line: Line, text: str, minute: str) -> list[DeclarationFacts]:
    """The run's declarers when the line opens with a titled name and holds two or more,
    each followed by words of its own."""
    names = list(TITLED_ENTRY.finditer(text))
    if len(names) < MIN_ENTRIES or names[0].start() != 0:
        return []
    ends = [m.start() for m in names[1:]] + [len(text)]
    if any(not text[m.end() : end].strip() for m, end in zip(names, ends, strict=True)):
        return []  # a name with nothing after it: a list of names, not of interests
    return [DeclarationFacts(m.group(), text, line.number, minute) for m in names]
