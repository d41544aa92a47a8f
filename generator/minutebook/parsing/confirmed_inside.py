"""The minutes confirmed in a sentence of their own inside a line.

A parish that prints each minute as one paragraph may repeat its agenda item's wording
first and tell the outcome in the next sentence of the same line: "To record the minutes
of 7 March as a true record. The minutes of the previous meeting were agreed as a true
and accurate record."; or put the outcome after the title's colon on the heading line
("Approval of minutes of 7 May: The minutes were read, approved and signed as a true
record"). The confirmation is the genre's own formula for this decision, so a sentence
opening with it is the minute's decision wherever in the line it opens: from "The
minutes" on. The sentence must open after a full stop, colon or semicolon with "The" in
capitals: "... asked whether the minutes were approved" is a question, no decision.
Which sentences confirm the minutes is `resolutions.minutes_confirmed`'s test, passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A sentence opening inside the line with the record's name: "... meeting. The minutes
#: of ...", "...:- THE MINUTES ...", "...; The draft minutes ...".
OPENING = re.compile(
    r"[.:;!?)][-–—]?\s+(?=(?:The|THE)\s+(?:[\w-]{1,20}\s+){0,3}?(?:minutes?|MINUTES?|Minutes?)\b)"
)
#: Most sentence openings tried in one line.
MOST_OPENINGS = 4


def confirmed_inside(text: str, confirmed: Callable[[str], bool]) -> int | None:
    """Where in `text` a later sentence confirming the minutes begins ("... meeting. The
    minutes were approved as a correct record"), else None; `confirmed` tells whether a
    sentence's text is such a confirmation."""
    head = text[:400]
    for n, match in enumerate(OPENING.finditer(head)):
        if n >= MOST_OPENINGS:
            return None
        if confirmed(head[match.end() :]):
            return match.end()
    return None
