"""A record that says "the meeting on D" instead of "the meeting held on D".

"Minutes of the meeting on Monday 3 March 2014 at 10.00 am in the Council Chamber" under
the body's title, "Minutes of the Harbour Board meeting on 3 March 2014 at 10.00 am,
Council Chamber", "Minutes of the meeting of the Harbour Board on ...": the date, time and
place follow "on" in any order, as a "held" sentence gives them. The reader returns None
when no such line opens the paper.
"""

from __future__ import annotations

import re

from ..model import Line
from .openings import (
    MAX_BODY,
    Opening,
    _opening,
    full_body,
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
    for i, line in _opening(lines)[:SEARCHED]:
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
