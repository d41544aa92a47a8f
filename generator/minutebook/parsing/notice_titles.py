"""A notice's title naming the meeting, its date on the line under it.

A parish or town council may head its agenda with one line that names the meeting and
where it sits, ending on "on" with the date left for the next line:

    WYKE PARISH COUNCIL
    NOTICE of the Ordinary Meeting of the Parish Council at Wyke Village Hall on:
    TUESDAY 8 March 2022 commencing at 7.30pm

The body is what the title names after "Meeting of" ("the Parish Council", named in full
by the letterhead above), the venue what follows "at" or "in", the date and time the
next line's. Read as a title over a dated line, the whole sentence would be taken for the
body's name. The reader returns None when no such title opens the paper.
"""

from __future__ import annotations

import re

from ..model import Line
from .openings import DATED_LINE, MAX_BODY, Opening, opening_lines, strip_article, when_and_where
from .text import plain

#: "NOTICE of the Ordinary Meeting of the Parish Council at Wyke Village Hall on:"
NOTICE_TITLE = re.compile(
    r"notice\s+of\s+(?:the\s+|an?\s+)?(?:[A-Za-z-]{1,20}\s+){0,2}?meeting\s+of\s+"
    r"(?P<body>[^,;:]{3,150}?)(?:\s+(?:at|in)\s+(?P<venue>[^,;:]{3,120}?))?\s*,?\s+on\s*:?",
    re.IGNORECASE,
)
#: Opening lines searched for the title
SEARCHED = 12


def notice_title_opening(lines: list[Line]) -> Opening | None:
    """The meeting a 'Notice of the Meeting of X at V on:' title names, dated by the line
    under it; None when no opening line is such a title over a dated line."""
    opening = opening_lines(lines)[:SEARCHED]
    for k, (_, line) in enumerate(opening[:-1]):
        title = NOTICE_TITLE.fullmatch(plain(line.text))
        if title is None:
            continue
        dated = opening[k + 1][1]
        text = plain(dated.text)
        if not DATED_LINE.match(text):
            return None
        body = strip_article(title["body"])
        date, time, venue, _ = when_and_where(text)
        if date is None or len(body) > MAX_BODY:
            return None
        venue = strip_article(title["venue"]) if title["venue"] else venue
        return Opening(body, date, time, venue, dated.number)
    return None
