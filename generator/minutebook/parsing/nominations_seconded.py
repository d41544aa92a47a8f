"""A nomination with its proposer and seconder, told as the meeting's choice.

Parish councils electing their chair or naming a representative often print neither a
formula nor "was elected": the minute names who was put forward, by whom, and who
seconded, and the choice stands because nobody else was: "Councillor A Reed was
nominated by Councillor B Shaw, seconded by Councillor C Tull for the office of
Chairman", "Cllr A Reed was proposed by Cllr B Shaw, seconded by Cllr C Tull and
confirmed by a unanimous vote as Vice-Chair", "Councillor B Shaw nominated Councillor A
Reed for the office of Vice Chairman, seconded by Councillor C Tull". The sentence is the
minute's decision, from its first word.

Kept out: a nomination over the decision the minute prints itself ("RESOLVED that Cllr A
be elected Chairman", "The Panel agreed that ...": that is the decision); a nomination in
a minute that records a contest ("3 votes against", "put to the vote", "no seconder", the
motion lost) or a second nomination (another candidate, or "Cllr D was also nominated");
a nomination without its seconder (a proposal only); a subject that is no person named
with a title ("Payment was proposed by Cllr A, seconded by Cllr B" is a motion); a
sentence that opens with a clause or a pronoun rather than the person's name ("The Chair
said Cllr A was nominated ...", "She was proposed ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line
from .proposed_motions import CONTESTED, REACH
from .text import plain

#: A person as printed in a minute: a title, initials and capitalised names ("Councillor
#: A Reed", "Cllr. B Shaw", "Mrs C Tull", "Dan Hale").
PERSON = (
    r"(?:(?:Councillors?|Cllrs?\.?|Mrs\.?|Mr\.?|Ms\.?|Dr\.?)\s+)?"
    r"(?:[A-Z][\w'’-]{0,30}\.?\s+){0,3}[A-Z][\w'’-]{0,30}"
)
#: The person nominated, with the title that makes the subject a person ("Councillor A
#: Reed", "Mrs C Tull"; "Payment was proposed by ..." is a motion, no nomination).
NOMINEE = (
    r"(?:Councillor|Cllr\.?|Mrs\.?|Mr\.?|Ms\.?|Miss|Dr\.?)\s+"
    r"(?:[A-Z][\w'’-]{0,30}\.?\s+){0,3}[A-Z][\w'’-]{0,30}"
)
#: "Cllr A was nominated (in her absence) by Cllr B, (and) seconded by Cllr C", or
#: actively: "Cllr B nominated Cllr A for the office of Chairman, seconded by Cllr C", at the
#: line's start (after its paragraph number or bullet).
NOMINATED = re.compile(
    r"^(?:[•·*–-]|\(?[\da-z]{1,3}[.)])?\s*(?!(?:He|She|They|It|This|These|Who)\b)(?:"
    + NOMINEE
    + r"\s+was\s+(?:nominated|proposed)(?:\s+in\s+(?:his|her|their)\s+absence)?\s+by\s+"
    + PERSON
    + r"|"
    + PERSON
    + r"\s+(?:nominated|proposed)\s+"
    + NOMINEE
    + r"(?:\s+(?:for|as)\b[^.;]{0,80}?)?)"
    r",?\s+(?:and\s+)?seconded\s+by\s+" + PERSON
)
#: Another candidate put forward in the same minute.
ALSO = re.compile(r"\b(?:also|further)\s+(?:nominated|proposed)\b", re.IGNORECASE)


def nomination(text: str) -> bool:
    """Whether `text` opens with a nomination, its proposer and its seconder ("Councillor
    A Reed was nominated by Councillor B Shaw, seconded by Councillor C Tull")."""
    head = plain(text).strip()[:400]
    if "seconded" not in head:
        return False  # cheap test first
    return NOMINATED.match(head) is not None


def nomination_unopposed(body: list[Line], k: int, decided: Callable[[str], bool]) -> bool:
    """Whether line `k` of a minute is its only nomination (with proposer and seconder),
    nothing in the minute records a contest or another candidate, and no line under it
    prints the decision itself (`decided`: "RESOLVED that Cllr A be elected Chairman",
    "The Panel agreed that Cllr A be elected Chair" is the one)."""
    if not nomination(body[k].text):
        return False
    for i, line in enumerate(body[:REACH]):
        text = plain(line.text)
        if CONTESTED.search(text) or ALSO.search(text) or (i != k and nomination(text)):
            return False
    return not any(decided(line.text) for line in body[k + 1 : k + REACH])
