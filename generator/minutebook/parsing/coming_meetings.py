"""A notice that says "There will be a meeting of X in V on D at T".

Older notices of English councils and national park authorities announce the meeting so
under the paper's title ("There will be a meeting of the Authority in the Boardroom,
Park Office, Fenby on 18 May 2011 at 10 am."), with no "held" for the other readers to
find. The body is what follows "meeting of" up to the place or the date; the place, date
and time are read as a "held" sentence's are. The reader returns None when no such line
opens the paper.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Line
from .openings import (
    MAX_BODY,
    Opening,
    full_body,
    opening_lines,
    when_and_where,
    without_meeting_kind,
)
from .text import plain

#: "There will be a [special] meeting of [the] X " before "in", "at" or "on"
THERE_WILL_BE = re.compile(
    r"there\s+will\s+be\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^,;.]{1,150}?)\s+(?=(?:in|at|on|via)\s)",
    re.IGNORECASE,
)
#: Opening lines searched for the sentence
SEARCHED = 12


def there_will_be_opening(lines: list[Line]) -> Opening | None:
    """The meeting a "There will be a meeting of X ..." line among the first announces,
    its body named in full by the title above when the line gives only its noun."""
    for i, line in opening_lines(lines)[:SEARCHED]:
        text = plain(line.text).strip(" *#_")
        match = THERE_WILL_BE.match(text)
        if match is None:
            continue
        body = without_meeting_kind(match["body"])
        if len(body) > MAX_BODY:
            return None
        date, time, venue, _ = when_and_where(text[match.end() :])
        if date is None:
            return None
        named = full_body(body, lines, i)
        if find_date(named) is not None:  # the title line with its date: "Authority Meeting D"
            named = body
        return Opening(named, date, time, venue, line.number)
    return None
