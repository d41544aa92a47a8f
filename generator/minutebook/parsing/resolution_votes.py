"""A decision printed as its clause under the vote that carried it.

Town councils that keep a resolution record print the motion's mover and seconder, the
vote's outcome, then the decision's clause, with no formula before it:

    Resolution Record No. 12/03
    Proposed by Cllr A Reid and seconded by Cllr B Moss.
    CARRIED: 7 for, 2 against.
    THAT THE MINUTES OF THE MEETING OF 3 MAY BE ACCEPTED AS A TRUE RECORD.

The outcome line ("CARRIED", "Carried unanimously.", "Motion carried", "CARRIED: 7 for,
2 against") says a vote was taken; the clause opening "THAT" (or "That") on the next line
with text is what it decided. `clause_after_vote` reads the clause so; a clause under any
other line is left to the other rules.
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain

#: "CARRIED", "Carried unanimously.", "The motion was carried", "CARRIED: 7 for, 2
#: against", "Motion CARRIED (8 for, 2 abstentions)": a vote's outcome, alone on its line
CARRIED = re.compile(
    r"^(?:(?:the\s+)?(?:motion|amendment|proposal|recommendation)\s+(?:was\s+)?)?carried\b"
    r"[^.;]{0,60}\.?$",
    re.IGNORECASE,
)
#: "THAT THE MINUTES ...", "That the report be noted": a decision's clause
CLAUSE = re.compile(r"^(?:THAT|That)\s+\S")
#: How many lines under the outcome its clause may stand (blank lines between)
REACH = 3


def clause_after_vote(body: list[Line], k: int) -> bool:
    """Whether line `k` is a decision's clause ("THAT ...") under a vote's outcome
    ("CARRIED: 7 for, 2 against"), only blank lines between."""
    if not CLAUSE.match(plain(body[k].text).strip()):
        return False
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        above = plain(body[j].text).strip()
        if above:
            return CARRIED.match(above) is not None
    return False
