"""The clause closing the nominations before an election stated as a fact.

Minutes of councils, panels and authorities tell an uncontested election in one sentence
that first says nobody else stood: "There being no other nominations, Cllr B Shaw was
declared elected", "There were no other nominations and Mr A Reed was elected unanimously
as Chair", "As there were no further nominations, Councillor C Tull was duly elected as
Vice-Chair", "No other nominations were forthcoming and D Vane was duly elected". The
clause only tells why no vote was needed; the decision is the election, and its words
begin at the name of the member elected.

Kept whole: the clause with no name after it ("There being no further nominations it
was:" over a resolution), or a name in lower case.
"""

from __future__ import annotations

import re

#: "There being no other nominations, ", "There were no further nominations and ", "As
#: there were no other nominations received, ", "With no other nomination, ", "No other
#: nominations were forthcoming and ", "In the absence of further nominations, ": the
#: clause, its comma or "and", then the name's capital.
NOMINATIONS_CLOSED = re.compile(
    r"(?:(?:There\s+(?:being|were|was)|As\s+there\s+(?:were|was)|With)\s+no"
    r"|No|In\s+the\s+absence\s+of(?:\s+any)?)\s+(?:other|further)"
    r"\s+nominations?(?:\s+(?:received|made|having\s+been\s+(?:received|made))"
    r"|\s+(?:were|was)\s+(?:forthcoming|received|made))?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=[A-Z])",
    re.IGNORECASE,
)


def after_nominations_closed(text: str, start: int) -> int:
    """Where the election's words begin in `text` when its sentence, at `start`, opens
    with the clause closing the nominations: at the name after it; else `start`."""
    closed = NOMINATIONS_CLOSED.match(text, start, start + 120)
    if closed is None or not text[closed.end() : closed.end() + 1].isupper():
        return start
    return closed.end()
