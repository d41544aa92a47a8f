"""A vote told by its mover and seconder: a record's own evidence.

Minutes written by a parish clerk often lack the formal "RESOLVED" and tell a vote by who
moved it: "Cllr Ash NOMINATED Cllr Reed as Chairman. SECONDED by Cllr Vale", "Proposed
by Cllr Ash, seconded by Cllr Reed and unanimously approved", "Moved by Councillor Ash and
seconded by Councillor Reed", or the labels "Proposed by: Cllr Ash   Seconded by: Cllr
Reed". A paper whose opening was not recognised then showed who attended and nothing
else of a record, and was published as full text. An agenda names a seconder only under
a motion on notice, so the seconder is a kind of evidence of its own ('vote'), which
never makes a record alone. The time the meeting began ("The meeting commenced at 7pm")
is a record's clock, as its closing time is ('closing'): an agenda says when the meeting
"will commence".
"""

from __future__ import annotations

import re

#: A character of the same sentence: a full stop only before a capital, as the stops of
#: initials and titles are ("Cllr. M. Reid declared ...")
SENTENCE_CHAR = r"(?:[^.]|\.\s?(?=[A-Z]))"
#: "SECONDED by Councillor X", "seconded by Cllr. Y", "Seconded by: Cllr Z", "Seconded:
#: Cllr Z": the seconder named, after the proposal in the same line (up to two sentences
#: of a flattened line before it)
SECONDED = re.compile(
    SENTENCE_CHAR + r"{0,200}?\bseconded(?:\s+by)?\s*:?\s*(?:councillor|cllr)\b",
    re.IGNORECASE,
)
#: Longest part of a line read (a longer line is a flattened page whose start is read)
MAX_CHARS = 300


def seconded_vote(text: str) -> bool:
    """Whether a line names who seconded a proposal (a vote's mover and seconder)."""
    return SECONDED.match(text[:MAX_CHARS]) is not None


#: a member's interest told in the past with its owner's pronoun, or what the member
#: declared: "JL declared her interest as ...", "The following Councillors declared their
#: interests", "Cllr Ash declared his personal interest", "Councillor Reed declared that
#: she is a trustee", "All Members present declared that they had ..." (an agenda asks
#: members "to declare" theirs)
DECLARED_OWN = re.compile(
    SENTENCE_CHAR + r"{0,80}?\bdeclared\s+(?:(?:her|his|their)\s+(?:\w+\s+){0,3}"
    r"interests?\b|that\s+(?:he|she|they)\b)",
    re.IGNORECASE,
)
#: the record's clock: "The meeting commenced at 7pm", "Meeting commenced at 10.30 a.m.",
#: "The meeting opened at 7.30pm", "The meeting began at 12.31pm" (an agenda says when it
#: "will commence")
MEETING_TIMED = re.compile(
    r"(?:the\s+)?meeting\s+(?:commenced|opened|began|started)\s+at\s+\d{1,2}(?:[.:]?\d\d)?(?!\d)",
    re.IGNORECASE,
)


def meeting_timed(text: str) -> bool:
    """Whether a line tells at what time the meeting began, in the past tense."""
    return MEETING_TIMED.match(text[:MAX_CHARS]) is not None


def declared_own_interest(text: str) -> bool:
    """Whether a line tells that a member declared her, his or their interest, or declared
    that they held one: a declaration made, which only a record reports."""
    return DECLARED_OWN.match(text[:MAX_CHARS]) is not None
