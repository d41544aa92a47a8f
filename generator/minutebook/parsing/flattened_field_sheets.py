"""A front sheet flattened onto one line whose meeting is told by labelled fields.

When a converter loses every line break, a front sheet that prints its meeting in fields
comes out as one line, the fields far along it, after the membership:

    Harbour Committee Agenda Members of the Harbour Committee: Cllr A Reid (Chairman) Cllr
    B Moss ... Date & Time: Tuesday 4 March 2014 at 2.00pm Place: Room 3, Civic Centre,
    Kelbridge Contact: Jo Finch tel ...

No field opens a line, so the readers of "Date:" lines never see them. The title at the
line's start names the body (up to "Agenda", "Members" or "Notice"); the date field, with
its time or beside a "Time:" field, gives the date and time; the place field, up to the
next field, the place ("To be hosted remotely at:" before it is its lead-in, not the
place). The reader returns None unless an opening line is a page run together whose
title names a body and whose fields give a date.
"""

from __future__ import annotations

import re

from ..dates import find_date, find_time
from ..model import Line
from .banner_venues import BODY_NOUN
from .bare_venues import bare_place
from .flattened_field_runs import SENTENCE_START
from .flattened_front_sheets import whole_line
from .flattened_lines import MIN_CHARS
from .openings import (
    DATE_LABELS,
    FIELD,
    NEXT_FIELD,
    TIME_LABELS,
    VENUE_LABELS,
    Opening,
    opening_lines,
)
from .text import plain

#: The sheet's title at the line's start: the body, then the paper's word or the list's
#: label ("Harbour Committee Agenda Members of ...", "HARBOUR COMMITTEE NOTICE OF ...")
TITLE = re.compile(
    r"^(?P<body>[A-Z][\w'’&,() -]{2,120}?)\s+(?=Agenda\b|AGENDA\b|Members\b|MEMBERS\b"
    r"|Membership\b|MEMBERSHIP\b|Notice\s+of\b|NOTICE\s+OF\b)"
)
#: How far along the line the fields are looked for, and how many are read
FIELD_REACH = 3000
MAX_FIELDS = 30
#: A lead-in before the place's own words: "To be hosted remotely at:", "Held at:"
LEAD_IN = re.compile(r"^[^:]{0,40}?\bat\s?:\s*", re.IGNORECASE)
#: A joined label, which `NEXT_FIELD` leaves whole: "Date & Time:", "DATE AND TIME:"
JOINED_LABEL = re.compile(r"\s+(?=(?:Date|DATE)\s(?:&|and|AND)\s(?:Time|TIME)\s?:)")
#: Non-blank lines of the opening searched
SEARCHED = 2


def flattened_field_opening(lines: list[Line]) -> Opening | None:
    """The meeting a flattened front sheet's title and fields name (see the module's
    docstring)."""
    for i, line in opening_lines(lines)[:SEARCHED]:
        text = plain(whole_line(lines, i))  # a line cut back into pieces, joined again
        title = TITLE.match(text[:200])
        if len(text) <= MIN_CHARS or title is None or not BODY_NOUN.search(title["body"]):
            continue
        fields = _fields(text[:FIELD_REACH])
        dated = next((fields[k] for k in DATE_LABELS if k in fields), None)
        date = find_date(dated) if dated else None
        if dated is None or date is None:
            continue
        timed = next((fields[k] for k in TIME_LABELS if k in fields), "")
        placed = next((fields[k] for k in VENUE_LABELS if k in fields), None)
        return Opening(
            title["body"].strip(" ,"),
            date,
            find_time(dated) or find_time(timed[:40]),
            _place(placed) if placed else None,
            line.number,
        )
    return None


def _fields(text: str) -> dict[str, str]:
    """The labelled fields along `text`, by label in lower case (the first of each)."""
    found: dict[str, str] = {}
    pieces = [p for part in JOINED_LABEL.split(text) for p in NEXT_FIELD.split(part)]
    for segment in pieces[1 : MAX_FIELDS + 1]:
        match = FIELD.match(segment.strip())
        if match:
            found.setdefault(match["label"].strip().lower(), match["value"].strip())
    return found


def _place(value: str) -> str | None:
    """The place a field gives, without its lead-in and the sentence after it."""
    rest = LEAD_IN.sub("", value[:300])
    sentence = SENTENCE_START.search(rest[:200])
    return bare_place(rest[: sentence.start()] if sentence else rest[:150])
