"""A record that says "the meeting on D" instead of "the meeting held on D".

"Minutes of the meeting on Monday 3 March 2014 at 10.00 am in the Council Chamber" under
the body's title, "Minutes of the Harbour Board meeting on 3 March 2014 at 10.00 am,
Council Chamber", "Minutes of the meeting of the Harbour Board on ...": the date, time and
place follow "on" in any order, as a "held" sentence gives them. The reader returns None
when no such line opens the paper.

A parish's title may stop at the body, its sentence going on on the next line with the
place first: "Minutes of the Meeting of Wyke Parish Council" over "In Wyke Village Hall on
Monday 22nd July 2024 at 7.30pm" (`meeting_in_on_opening`).
"""

from __future__ import annotations

import itertools
import re

from ..model import Line
from .openings import (
    MAX_BODY,
    Opening,
    full_body,
    opening_lines,
    strip_article,
    when_and_where,
    without_meeting_kind,
)
from .text import plain

#: "Minutes of [the] [X] meeting [of the X] on ..."
MINUTES_MEETING_ON = re.compile(
    r"^(?:(?:draft|unconfirmed|confirmed)\s+)?minutes\s+of\s+(?:the\s+|a\s+)?"
    r"(?:(?P<before>[^,;]{3,120}?)\s+)?meeting(?:\s+of\s+(?:the\s+)?(?P<of>[^,;]{3,120}?))?"
    r"\s+(?=on\s)",
    re.IGNORECASE,
)
#: Opening lines searched for such a line
SEARCHED = 12


def meeting_on_opening(lines: list[Line]) -> Opening | None:
    """A line 'Minutes of the [X] meeting on D at T in V' among the first lines, with its
    date; the body as named, or from the title above when the line names none."""
    for i, line in opening_lines(lines)[:SEARCHED]:
        text = plain(line.text)
        match = MINUTES_MEETING_ON.match(text)
        if match is None:
            continue
        named = strip_article(match["of"] or match["before"] or "")
        body = without_meeting_kind(named) if named else "meeting"
        if len(body) > MAX_BODY:
            continue
        date, time, venue, _ = when_and_where(text[match.end() :])
        if date is None:
            continue
        body = full_body(body, lines, i)
        return Opening(body, date, time, venue, line.number) if body != "meeting" else None
    return None


#: "[Draft] Minutes of the Meeting of <body>", the whole line
MINUTES_OF_BODY = re.compile(
    r"^(?:(?:draft|unconfirmed|confirmed)\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?"
    r"meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;:.]{2,120})$",
    re.IGNORECASE,
)
#: the line under it: "In <place> on <date> ...", "At <place> on <date> ..."
PLACE_THEN_ON = re.compile(r"^(?:in|at)\s+(?:the\s+)?[A-Z][^.;]{2,150}?\s+on\s", re.IGNORECASE)


def meeting_in_on_opening(lines: list[Line]) -> Opening | None:
    """A title 'Minutes of the Meeting of X' alone on its line, its sentence going on on
    the next line with the place and then the date ('In V on D at T'); else None."""
    opening = opening_lines(lines)[:SEARCHED]
    for (_, line), (_, below) in itertools.pairwise(opening):
        match = MINUTES_OF_BODY.match(plain(line.text).strip())
        if match is None or below.number != line.number + 1:
            continue
        rest = plain(below.text).strip()
        if PLACE_THEN_ON.match(rest) is None:
            continue
        date, time, venue, _ = when_and_where(rest)
        body = strip_article(match["body"].strip())
        if date is None or len(body) > MAX_BODY:
            continue
        return Opening(body, date, time, venue, line.number)
    return None
