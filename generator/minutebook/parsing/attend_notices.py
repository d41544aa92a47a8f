"""A notice that asks members to attend a meeting without the word "held".

"You are requested to attend the Harbour Board meeting on Thursday 6 March 2014 at 10am in
Room 4, Town Hall", "Members are invited to attend a meeting of the Audit Committee on
Monday 3 March 2014 at 2.00 pm at County Hall", a clerk's "I hereby invite you to attend a
meeting of Wyke Parish Council on ...": the body named before "meeting" or after
"meeting of", then the date, time and place in any order, as a "held" sentence gives them.
The reader returns None when no such sentence opens the paper.
"""

from __future__ import annotations

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

#: "... attend the X meeting on ...", "... attend a meeting of the X on ..."
ATTEND = re.compile(
    r"\b(?:requested|invited|summons?ed|asked|required|(?:invite|summon)\s+you)\s+to\s+attend\s+"
    r"(?:a|an|the)\s+"
    r"(?:(?:[a-z]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?P<of>[^,;.]{3,150}?)|"
    r"(?P<before>[^,;.]{3,150}?)\s+meeting)\s+(?=(?:on|at|in)\s)",
    re.IGNORECASE,
)


def attend_notice_opening(lines: list[Line]) -> Opening | None:
    """The first opening line asking members to attend a meeting, with its date, else
    None (a sentence with "held" is `sentence_opening`'s)."""
    for i, line in opening_lines(lines):
        text = plain(line.text)
        match = ATTEND.search(text)
        if match is None or re.search(r"\bheld\b", text[match.start() :], re.IGNORECASE):
            continue
        body = without_meeting_kind(strip_article(match["of"] or match["before"]))
        if not body or len(body) > MAX_BODY:
            continue
        date, time, venue, _ = when_and_where(text[match.end() :])
        if date is None:
            continue
        return Opening(full_body(body, lines, i), date, time, venue, line.number)
    return None
