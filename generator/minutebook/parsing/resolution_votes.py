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

Others print the mover and seconder over the motion, its outcome under it:

    Cllr A Reid proposed, Cllr B Moss seconded:
    The minutes of the meeting held on 3 May should be APPROVED.
    CARRIED 7 in favour, 1 abstention

The clerk's decision is the whole motion, from its mover (`motion_over_vote`), as the
genre's "It was proposed by Cllr A, seconded by Cllr B that ..." is read from its mover.
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
#: "Cllr A Reid proposed, Cllr B Moss seconded:", "Proposed by Cllr A, seconded by Cllr
#: B:", "Proposed: Cllr A  Seconded: Cllr B": a motion's mover and seconder alone on their
#: line, nothing of the motion after them but a colon or a stop
MOVER_LINE = re.compile(
    r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z][\w'’.-]{0,20}\s+){1,3}"
    r"(?:proposed|moved),?\s+(?:and\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+"
    r"(?:[A-Z][\w'’.-]{0,20}\s+){1,3}seconded"
    r"|(?:Proposed|Moved)(?:\s+by|\s*:)\s+[^,;:]{2,60}?,?\s+(?:and\s+)?seconded(?:\s+by|\s*:)"
    r"\s+[^,;:]{2,60}?)\s*[:.,]?$",
)


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


def motion_over_vote(body: list[Line], k: int) -> bool:
    """Whether line `k` names a motion's mover and seconder alone ("Cllr A proposed, Cllr
    B seconded:"), the motion on the next line with text and its outcome ("CARRIED 7 in
    favour") on the line after: the decision, from the mover."""
    if not MOVER_LINE.match(plain(body[k].text).strip()):
        return False
    following = [j for j in range(k + 1, min(len(body), k + 1 + 2 * REACH)) if body[j].text.strip()]
    if len(following) < 2 or MOVER_LINE.match(plain(body[following[0]].text).strip()):
        return False
    return CARRIED.match(plain(body[following[1]].text).strip()) is not None
