"""A motion told by its mover and its clause, no outcome printed, as a decision.

Parish and community councils often minute what they decided as the motion put to them:
"It was proposed by Cllr A, seconded by Cllr B that Cllr C be appointed Chairman", "It
was proposed by Cllr A and seconded by Cllr B that the press and public be excluded",
"It was proposed by Cllr A that the draft minutes were an accurate record. This was
seconded by Cllr B and agreed by all present", "It was proposed by Cllr A & Cllr B that
Cllr C be appointed as Vice-Chairman"; or with the mover first, its seconder in the same
sentence ("Cllr A proposed that the minutes be approved, seconded Cllr B"). The clerk
records the motion because it carried; the sentence stating it is the minute's decision,
from its first word.

Kept out: a motion over a decision the minute prints itself ("Decision" over "That Cllr
C be elected Chairman": that is the decision); a motion the minute records as contested
or failing ("... the motion was lost", "3 votes against", "an amendment was moved",
"there was no seconder", "upon being put to the vote"), anywhere in the minute; a motion
putting the business off ("that the item be deferred"); a motion without its "that" clause
("It was proposed by Cllr A to ...", which the other rules read when an outcome
follows); a proposal told as reported ("The Clerk said it was proposed by ...": the
sentence must open with "It was").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line
from .text import plain

#: "It was proposed by Cllr A, seconded by Cllr B that", "It was moved by Councillor A
#: and seconded by Councillor B, that", "It was proposed by Cllr A & Cllr B that": the
#: mover (and seconder) in at most a dozen words before the clause, at a sentence's start
#: (the line's, or after a stop or a title's colon).
PROPOSED_THAT = re.compile(
    r"(?:^(?:[•·*–-]|\(?[\da-z]{1,3}[.)]|\d{1,2}(?:\.\d{1,2})+)?\s*|(?<=[.:;])\s+)(?P<motion>It\s+was\s+(?:proposed|moved)\s+by\s+"
    r"(?:[\w'’.&-]{1,30},?\s+){1,12}?that\s+\S)"
)
#: The mover named first, in the active: "Cllr A Reid proposed that the minutes be
#: approved, seconded Cllr B Moss", "Cllr A proposed apologies be accepted from Cllr C,
#: Seconded Cllr B, All in favour" (a parish clerk's shorthand): a titled name opening the
#: line, its clause ("be ...") and its seconder in the same sentence.
ACTIVE_PROPOSED = re.compile(
    r"^(?P<motion>(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z][\w'’.-]{0,20}\s+){0,3}"
    r"(?:proposed|moved)\s+(?:that\s+)?[^.]{0,200}?\bbe\s+[a-z][^.]{0,200}?\bseconded\b)",
    re.IGNORECASE,
)
#: What in the minute says the motion was contested or failed.
CONTESTED = re.compile(
    r"\b(?:lost|defeated|fell|withdrawn|not\s+carried|against|amendment|abstain\w*"
    r"|no\s+seconder|not\s+seconded|vote\s+was\s+taken|voting\s+was|put\s+to\s+the\s+vote"
    r"|vote\s+being\s+taken)\b",
    re.IGNORECASE,
)
#: What the motion's clause puts off rather than decides ("that the item be deferred").
PUT_OFF = re.compile(
    r"\bbe\s+(?:deferred|adjourned|postponed|held\s+over|left\s+on\s+the\s+table)\b",
    re.IGNORECASE,
)
#: The decision's own clause printed under the motion ("That Cllr C be elected Chair.").
CLAUSE = re.compile(r"^(?:\(?\d{1,2}[.)]\s+)?That\s+\S")
#: Most lines of a minute read for a sign of contest (bounds the look).
REACH = 40


def proposed_motion(text: str) -> int | None:
    """Where in `text` the sentence stating a motion by its mover and clause begins ("It
    was proposed by Cllr A, seconded by Cllr B that ..."), else None."""
    head = text[:400]
    active = ACTIVE_PROPOSED.match(head.strip()) if "econded" in head else None
    if active is not None and not PUT_OFF.search(head):
        return len(head) - len(head.lstrip())
    if "proposed by" not in head and "moved by" not in head:
        return None  # cheap test first
    match = PROPOSED_THAT.search(head)
    if match is None or PUT_OFF.search(head, match.end()):
        return None
    return match.start("motion")


def motion_unopposed(body: list[Line], k: int, decided: Callable[[str], bool]) -> bool:
    """Whether line `k` of a minute states a motion by its mover and clause, nothing in
    the minute records it contested or failing, and no line under it prints the decision
    itself (`decided`: "Decision" over "That Cllr A be elected Chair" is the one; or its
    clause alone, "That Cllr A be elected Chair", its formula lost)."""
    if proposed_motion(plain(body[k].text)) is None:
        return False
    if any(CONTESTED.search(plain(line.text)) for line in body[:REACH]):
        return False
    return not any(
        decided(line.text) or CLAUSE.match(plain(line.text).strip())
        for line in body[k + 1 : k + REACH]
    )
