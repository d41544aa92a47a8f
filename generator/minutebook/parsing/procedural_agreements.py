"""An agreement about the meeting's own conduct, told in prose: no decision of the body.

"The Sub-Committee agreed to adjourn", "It was agreed to defer consideration of the
minutes to the next meeting", "Members agreed to take a short break", "It was agreed to
accept apologies for absence": the meeting putting off or pausing its business, or
noting who is away, decides nothing about the business, and the genre's
readers (and its hand annotations) do not count such a line as the minute's resolution.
Only the prose "agreed" is read so: a formula ("RESOLVED that the item be deferred",
"AGREED to defer", in capitals) records the decision formally and stays one.

An agreement on a fact is no decision either (`agreed_fact`): "it was agreed that they
were due to come back in November" reports what the meeting understood, in the past
indicative after a pronoun; a decision is told in the subjunctive or with a modal ("it
was agreed that the Clerk write", "... that the report be noted", "... that it would").
"""

from __future__ import annotations

import re

#: What a meeting agrees to do with its own business that decides none of it.
CONDUCT = (
    r"(?:adjourn|defer|postpone|suspend|recess|vary\s+the\s+order|change\s+the\s+order"
    r"|take\s+a\s+(?:short\s+|brief\s+|comfort\s+)?(?:break|recess|adjournment)"
    r"|(?:accept|note|receive)\s+(?:the\s+)?apologies)"
)
#: "agreed to adjourn", "agreed by those present to defer", "agreed unanimously to
#: postpone": the prose word (never "AGREED"), at most a few words before its "to".
AGREED_TO_CONDUCT = re.compile(
    r"\b(?-i:[Aa]greed|[Dd]ecided)(?:\s+[\w-]{1,20}){0,4}?\s+to\s+" + CONDUCT + r"\b",
    re.IGNORECASE,
)
#: "It was agreed that the meeting be adjourned", "agreed that consideration of the
#: item be deferred", "decided that the item should be held over until May": the same
#: in a clause with "that" ("decided" as "agreed").
AGREED_THAT_CONDUCT = re.compile(
    r"\b(?-i:[Aa]greed|[Dd]ecided)\s+that\b[^.;:]{1,120}?\s(?:be|should\s+be|would\s+be|was)\s+"
    r"(?:adjourned|deferred|postponed|suspended|carried\s+forward|held\s+over)\b",
    re.IGNORECASE,
)
#: "agreed that they were intending to ...", "agreed that it had been ...": a pronoun and
#: a verb in the past indicative after "agreed that", a fact the meeting agreed on.
AGREED_THAT_FACT = re.compile(
    r"\b(?-i:[Aa]greed)\s+that\s+(?:they|it|this|these|those|there)\s+(?:were|was|had)\b",
    re.IGNORECASE,
)
#: Where in a line an agreement may stand (bounds the search).
HEAD = 300
#: The decision's first sentence is the agreement: "It was agreed to defer item 5. ..."
FIRST_SENTENCE = re.compile(r"[.;](?:\s|$)")


def procedural_agreement(lead: str) -> bool:
    """ "The Sub-committee agreed to adjourn", "It was agreed to defer consideration of
    the minutes": a prose agreement to adjourn, defer, postpone or pause the meeting's
    business; `lead` is the decision's text from its formula on, and only its first
    sentence is read."""
    head = FIRST_SENTENCE.split(lead[:HEAD], maxsplit=1)[0]
    if "greed" not in head and "ecided" not in head:
        return False  # cheap test first
    return bool(
        AGREED_TO_CONDUCT.search(head) or AGREED_THAT_CONDUCT.search(head) or agreed_fact(head)
    )


def agreed_fact(head: str) -> bool:
    """ "... it was agreed that they were intending to bring it back": the meeting agreeing
    on a fact (a pronoun, then "were", "was" or "had"), not deciding anything."""
    return AGREED_THAT_FACT.search(head) is not None
