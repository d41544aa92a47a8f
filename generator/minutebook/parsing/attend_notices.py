"""A notice that asks members to attend a meeting without the word "held".

"You are requested to attend the Harbour Board meeting on Thursday 6 March 2014 at 10am in
Room 4, Town Hall", "Members are invited to attend a meeting of the Audit Committee on
Monday 3 March 2014 at 2.00 pm at County Hall", a clerk's "I hereby invite you to attend a
meeting of Wyke Parish Council on ...": the body named before "meeting" or after
"meeting of", then the date, time and place in any order, as a "held" sentence gives them.
The reader returns None when no such sentence opens the paper.

A summons may name the body and leave the date, time and place to fields under it:
"You are hereby summoned to attend the ORDINARY MEETING of FENBY DISTRICT COUNCIL to be
held as follows:" over "Date:", "Time:" and "Venue:" (`summoned_body`).
"""

from __future__ import annotations

import re

from ..model import Line
from .openings import (
    MAX_BODY,
    Opening,
    full_body,
    opening_lines,
    strip_article,
    when_and_where,
    without_meeting_kind,
)
from .text import plain, title_case

#: "... attend the X meeting on ...", "... attend a meeting of the X on ..."
ATTEND = re.compile(
    r"\b(?:requested|invited|summons?ed|asked|required|(?:invite|summon)\s+you)\s+to\s+attend\s+"
    r"(?:a|an|the)\s+"
    r"(?:(?:[a-z]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?P<of>[^,;.]{3,150}?)|"
    r"(?P<before>[^,;.]{3,150}?)\s+meeting)\s+(?=(?:on|at|in)\s)",
    re.IGNORECASE,
)


def attend_notice_opening(lines: list[Line]) -> Opening | None:
    """The first opening line asking members to attend a meeting, with its date, else
    None (a sentence with "held" is `sentence_opening`'s)."""
    for i, line in opening_lines(lines):
        text = plain(line.text)
        match = ATTEND.search(text)
        if match is None or re.search(r"\bheld\b", text[match.start() :], re.IGNORECASE):
            continue
        body = without_meeting_kind(strip_article(match["of"] or match["before"]))
        if not body or len(body) > MAX_BODY:
            continue
        date, time, venue, _ = when_and_where(text[match.end() :])
        if date is None:
            continue
        return Opening(full_body(body, lines, i), date, time, venue, line.number)
    return None


#: "... summoned to attend the ORDINARY MEETING of X to be held as follows:": the
#: body after "meeting of", up to the words that hand the time and place to fields below
SUMMONED = re.compile(
    r"\b(?:requested|invited|summons?ed|asked|required|(?:invite|summon)\s+you)\s+to\s+attend\s+"
    r"(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?P<of>[^;.:]{3,150}?)\s+"
    r"(?:which\s+will\s+be|to\s+be)\s+held\b",
    re.IGNORECASE,
)
#: "A Meeting of the LICENSING BOARD is to be held as follows:-": a letter's line handing
#: the meeting to the fields under it, the body after "meeting of"
AS_FOLLOWS = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<of>[^;.:]{3,150}?)\s+(?:which\s+)?(?:will|is\s+to|to)\s+be"
    r"\s+held\s+as\s+follows\b",
    re.IGNORECASE,
)
#: Lines with text above the fields read for the summons (it may wrap over three)
SUMMONS_LINES = 4


def summons_index(lines: list[Line]) -> int | None:
    """The index of the first line handing the meeting to fields below it ("... will be
    held as follows:-"): a "Date:" above it dates the letter, the one below the meeting."""
    return next((i for i, ln in enumerate(lines) if AS_FOLLOWS.search(plain(ln.text))), None)


def summoned_body(lines: list[Line], before: int) -> str | None:
    """The body a summons above the meeting's fields names ("attend the ORDINARY MEETING
    of FENBY DISTRICT COUNCIL to be held as follows:", "A Meeting of the LICENSING BOARD
    is to be held as follows:-"), its wrapped lines joined; None when no such summons
    stands just above line `before`."""
    above = [plain(ln.text).strip() for ln in lines[:before] if ln.text.strip()]
    joined = " ".join(above[-SUMMONS_LINES:])
    match = SUMMONED.search(joined) or AS_FOLLOWS.search(joined)
    if match is None:
        return None
    body = without_meeting_kind(strip_article(match["of"].strip(" ,")))
    if not body or len(body) > MAX_BODY or body[:1].islower():
        return None  # "a meeting of the above Committee": the title above names it
    return title_case(body)
