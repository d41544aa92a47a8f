"""Lines that cite another meeting, and so never open a paper.

Agendas and decisions name the meeting whose minutes they deal with in the same words a
record opens with: "To approve and sign as a correct record the minutes of the meeting held
on 14 January 2025", "RESOLVED that the minutes of the Standards Panel held on D be
approved", "Minutes of the Previous Meeting", "Minutes of meeting held on D (previously
circulated)". Each form is one small test returning False when it does not apply;
`cites_a_meeting` says whether any does.
"""

from __future__ import annotations

import re

#: what a citation may begin with before its verb: an item number ("2", "(3)", "A4.")
ITEM_CODE = r"(?:\(?[A-Za-z]?\d{1,3}[a-z]?[.):]?\s+)?"

#: an agenda's instruction about earlier minutes: "To approve and sign ...", "To confirm
#: the minutes of ...", "To receive the minutes of ..."
INSTRUCTION = re.compile(
    # the item's heading in capitals may stand before it: "1. MINUTES To approve ..."
    ITEM_CODE + r"(?-i:[A-Z][A-Z'’ ]{2,40}\s+)?to\s+"
    r"(?:approve|confirm|sign|agree|receive|note|adopt|accept|consider)\b",
    re.IGNORECASE,
)

#: a decision about earlier minutes: "RESOLVED that the minutes of ...", "Agreed: the
#: minutes of ...", "It was resolved that the minutes ...", "That the minutes of ..."; a
#: title "Agreed Minutes of the Cabinet ..." is a record's own
DECISION = re.compile(
    ITEM_CODE + r"(?:[*_]{0,2})(?:(?:it\s+was\s+)?(?:resolved|agreed|recommended|ordered)\b"
    r"(?!\s+minutes)|that\s+the\s+minutes\b)",
    re.IGNORECASE,
)

#: what the instruction or decision is about: minutes, a record, a meeting
ABOUT_A_MEETING = re.compile(r"\b(?:minutes|record|meeting)\b", re.IGNORECASE)

#: a meeting named as an earlier one: "the previous meeting", "the last meeting of the Panel"
EARLIER_MEETING = re.compile(
    r"\b(?:previous|last|preceding|prior|earlier)\s+(?:\w+\s+){0,2}?meeting\b", re.IGNORECASE
)

#: minutes of several meetings: "The Minutes of the Licensing Sub-Committee Meetings held
#: on:" over a list of dates (a record is of one meeting)
SEVERAL_MEETINGS = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:[\w&'’-]{1,40}\s+){0,8}?meetings\s+(?:held|of)\b",
    re.IGNORECASE,
)

#: Characters of a line (or joined title block) searched: a citation shows at once
REACH = 400


def instructs_on_minutes(text: str) -> bool:
    """ "To approve and sign as a correct record the minutes of the meeting held on"."""
    return bool(INSTRUCTION.match(text)) and bool(ABOUT_A_MEETING.search(text))


def decides_on_minutes(text: str) -> bool:
    """ "RESOLVED that the minutes of the X Panel held on D be approved"."""
    return bool(DECISION.match(text)) and bool(ABOUT_A_MEETING.search(text))


def names_an_earlier_meeting(text: str) -> bool:
    """ "Minutes of the Previous Meeting", "the minutes of the last meeting held on D"."""
    return bool(EARLIER_MEETING.search(text))


def names_several_meetings(text: str) -> bool:
    """ "The Minutes of the Planning Sub-Committee Meetings held on:" (over their dates)."""
    return bool(SEVERAL_MEETINGS.search(text))


#: minutes already sent to the members: "Minutes of meeting held on 5 November 2015
#: (previously circulated)", "... to be signed as a correct record"
CIRCULATED = re.compile(
    r"\bpreviously\s+circulated\b|\bas\s+a\s+(?:correct|true)\s+record\b", re.IGNORECASE
)


def names_circulated_minutes(text: str) -> bool:
    """ "Minutes of meeting held on 5 November 2015 (previously circulated)": an item about
    minutes the members already have, not a record's opening."""
    return bool(CIRCULATED.search(text))


def cites_a_meeting(text: str) -> bool:
    """Whether a line (or a title block joined into one) cites another meeting rather than
    opening a paper of its own."""
    head = text.strip().strip("*#_ ")[:REACH]
    return (
        instructs_on_minutes(head)
        or decides_on_minutes(head)
        or names_an_earlier_meeting(head)
        or names_several_meetings(head)
        or names_circulated_minutes(head)
    )
