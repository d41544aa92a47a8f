"""A record opened by "Minute of a meeting on D, T, V" that names no body after "meeting".

Scottish boards and councils, and some others, open their record with the body's name and
then a sentence that says only "meeting", with no "of X" and often no "held": "Ayrshire
Health Board Minute of a public meeting on 4 May 2019 9.30am, Board Room, County
Offices" on one line, or a title line "COUNCIL." (its stop kept) over "Minutes of meeting
in County Buildings, Market Street, on 6th May 2016 at 10.00 a.m.". The date, time and
place follow in any order, as a "held" sentence gives them (see openings.when_and_where).
The body is the name before "Minute" on the line, else the title line just above; a line
naming no body noun (board, council, committee, ...) is no body, nor is a bare noun
("COUNCIL." alone, where the conversion lost the council's name): the reader returns None.
"""

from __future__ import annotations

import re

from ..model import Line
from .openings import BODY_NOUN, Opening, opening_lines, strip_article, when_and_where
from .text import plain

#: "[<body>] [Draft] Minute(s) of [a|the] [public] meeting [held] in|at|on ..."
MINUTE_OF_MEETING = re.compile(
    r"^(?:(?P<body>[A-Z][^,;:]{2,150}?)\s+)?(?:(?:draft|unconfirmed|approved|confirmed)\s+)?"
    r"minutes?\s+of\s+(?:a\s+|the\s+)?(?:(?:public|ordinary|special|extraordinary|annual|"
    r"statutory|private)\s+)?meeting\s+(?:held\s+)?(?=(?:in|at|on)\s)",
    re.IGNORECASE,
)
#: Opening lines searched for such a line
SEARCHED = 12
#: Lines above the sentence searched for the body's title line
TITLE_REACH = 3
#: Longest title line read as the body's name
MAX_TITLE = 80
#: a title that is a name: capitalised words, no figures ("COUNCIL.", "Harbour Board")
NAME_LINE = re.compile(r"[A-Z][A-Za-z&'’ -]{1,79}")
#: a word of four letters or more: capitalised in a body's name ("and", "of" need not be)
LONG_WORD = re.compile(r"[A-Za-z]{4,}")
#: the paper's own kind, never part of a body's name run on before "Minute"
MINUTES_WORD = re.compile(r"\b(?:minutes?|agenda)\b", re.IGNORECASE)


def minute_of_meeting_opening(lines: list[Line]) -> Opening | None:
    """A line '[X] Minute of a [public] meeting [held] on D T, V' (or 'in V on D at T')
    among the first lines, the body X on the line or on the title line just above."""
    opening = opening_lines(lines)
    for k, (_, line) in enumerate(opening[:SEARCHED]):
        text = plain(line.text).strip()
        match = MINUTE_OF_MEETING.match(text)
        if match is None:
            continue
        date, time, venue, _ = when_and_where(text[match.end() :])
        if date is None:
            continue
        above = [plain(ln.text).strip() for _, ln in opening[max(0, k - TITLE_REACH) : k]]
        body = _body(match["body"], next((t for t in reversed(above) if t), ""))
        if body is None:
            return None
        venue = venue.strip(" ,") if venue else None
        return Opening(body, date, time, venue or None, line.number)
    return None


def _body(named: str | None, above: str) -> str | None:
    """The body named before 'Minute' on the line, else the title line above (its closing
    stop dropped) when it names more than the bare noun; None when neither names a body."""
    if named is not None:
        body = strip_article(named.strip(" .-–—"))
        if not NAME_LINE.fullmatch(body) or not all(
            w[:1].isupper() for w in LONG_WORD.findall(body)
        ):
            return None  # a page's link text run on before the title ("Minutes PDF 204 KB ...")
        return body if BODY_NOUN.search(body) and MINUTES_WORD.search(body) is None else None
    title = above.rstrip(" .")
    if len(title) > MAX_TITLE or not NAME_LINE.fullmatch(title):
        return None
    noun = BODY_NOUN.search(title)
    return title if noun is not None and title[: noun.start()].strip() else None
