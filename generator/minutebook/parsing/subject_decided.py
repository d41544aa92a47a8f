"""A decision word closing a line after its subject and a colon or dash.

Parish and town clerks, and some committee secretaries, print what the meeting decided
as the thing decided, a colon or dash, and the outcome, in capitals or with a capital:
"Draft accounts for the quarter as circulated: APPROVED.", "Grass cutting quotation –
AGREED", "Confirmation of the minutes of 4 May – Agreed", "Hall insurance renewal -
RESOLVED unanimously." The line is the whole decision, its subject first: nothing
follows the word. The line may keep its minute's number and sub-item before the subject
("12/21 iii Insurance renewal: APPROVED").

Kept out: the word in lower case ("Apologies: accepted" is a note); a planning
application, appeal, permission or consent (the planning authority decides those, the
parish only reports its decision: "22/01234/FUL Land at Mill Lane – APPROVED"); a
subject longer than a short phrase, which is prose; a committee system's field label
("Status: Agreed"), which states the record, not a thing decided.
"""

from __future__ import annotations

import re

#: A minute's number and its sub-item left before the subject: "7/21 ii", "14.2 (b)".
CODE = r"(?:\d{1,4}[/.]\d{1,4}[a-z]?\s+)?(?:\(?(?:[ivx]{1,5}|[a-h])[.)]?\s+)?"
#: The subject: a capital or figure first, at most fourteen words, no sentence's stop.
SUBJECT = r"(?P<subject>[A-Z0-9][^.:;!?–—]{1,160}?)"
SUBJECT_DECIDED = re.compile(
    r"^" + CODE + SUBJECT + r"\s*(?::|\s[–—-])\s*"
    r"(?:APPROVED|AGREED|RESOLVED|ADOPTED|ACCEPTED|CARRIED|Approved|Agreed|Resolved|Carried)"
    r"(?:\s+(?:unanimously|UNANIMOUSLY))?\s*\.?$"
)
#: Subjects another body decides.
NOT_THE_MEETINGS = re.compile(
    r"\b(?:applications?|appeals?|permission|consent|planning)\b|\b\d{2}/\d{4,5}\b",
    re.IGNORECASE,
)
#: Most words a subject in this form runs to.
MAX_WORDS = 14
#: A committee system's field label before its value ("Status: Agreed", "Outcome:
#: Approved"): the record's state, printed beside the decision, not a thing decided.
FIELD_LABEL = re.compile(
    r"^(?:status|outcome|result|decision|recommendation|resolution|vote|action|type)$",
    re.IGNORECASE,
)


def subject_decided(text: str) -> int | None:
    """Where the decision starts (its subject) in "Draft accounts as circulated:
    APPROVED."; None when the line is no such decision."""
    found = SUBJECT_DECIDED.match(text.strip())
    if found is None:
        return None
    subject = found["subject"]
    if len(subject.split()) > MAX_WORDS or NOT_THE_MEETINGS.search(subject):
        return None
    if FIELD_LABEL.match(subject.strip()):
        return None
    return found.start("subject") + (len(text) - len(text.lstrip()))
