"""A record whose head names no body, named by the minutes it approves.

A committee system's page saved without its title line ("Agenda and minutes" over the date
and "Venue:"), a minute book's page that opens "Minutes of the meeting held on D at T in
V", or a record whose heading was cut off above its date, says when but not who met. The
record still names its body where it approves the last meeting's minutes: "The minutes of
the Finance Committee held on 14 October were approved", "Minutes of the meetings of the
Council held on 3 and 6 January to be taken as read", "Confirmation of Council minutes".
A record approves its own body's minutes, before any other body's it may receive, so the
first such body is the meeting's. `unnamed_opening` is the last reader of a record's head:
it returns None when the head names no date or the record approves no body's minutes.
"""

from __future__ import annotations

import re

from ..dates import find_date, find_time
from ..model import Line
from .bodiless_sentences import BODILESS
from .openings import DATED_LINE, Opening, strip_article
from .printed_kind_titles import KIND_TITLE
from .sentence_openings import meeting_clause
from .text import plain

#: non-blank lines of the head searched for the date
HEAD_REACH = 4
#: longest line read as the head's date line ("Tuesday, 28th January, 2020 10.00 am")
MAX_DATE_LINE = 60
#: longest line read for the approval of the previous minutes
MAX_APPROVAL_LINE = 600
#: a body's name: capitalised words (and their joining words) ending on a body's noun
_NAME = (
    r"(?P<body>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&|the)\s+)?){0,7}?"
    r"(?:Council|Committee|Sub-Committee|Authority|Board|Panel|Cabinet|Executive|Forum|"
    r"Commission|Partnership|Assembly|Group))"
)
#: "the minutes of the (last) meeting(s) of the X held on", "the minutes of the X held on",
#: "Minutes of the X meeting held on"
MINUTES_OF_BODY = re.compile(
    r"\b(?i:minutes\s+of\s+(?:the\s+)?(?:(?:last|previous)\s+)?(?:(?:special\s+)?meetings?"
    rf"\s+of\s+(?:the\s+)?)?){_NAME}(?:\s+(?i:meetings?))?\s+(?i:held)\b"
)
#: "Confirmation of Council minutes", "Approval of the Cabinet Minutes"
BODY_MINUTES = re.compile(
    rf"\b(?i:(?:confirmation|approval)\s+of\s+(?:the\s+)?){_NAME}\s+(?i:minutes)\b"
)
#: the words that approve a record: the line names its own body's last minutes
APPROVAL = re.compile(
    r"\b(?:approv\w*|confirm\w*|signed|correct(?:ly)?\s+record\w*|taken\s+as\s+read|"
    r"accurate\s+record)\b",
    re.IGNORECASE,
)


def previous_minutes_body(lines: list[Line]) -> str | None:
    """The body whose minutes the record first approves (the approving words on its line
    or the next, as a sentence wraps); None when it approves none."""
    for k, line in enumerate(lines):
        text = plain(line.text)[:MAX_APPROVAL_LINE]
        found = MINUTES_OF_BODY.search(text) or BODY_MINUTES.search(text)
        after = plain(lines[k + 1].text)[:MAX_APPROVAL_LINE] if k + 1 < len(lines) else ""
        if found is not None and APPROVAL.search(f"{text} {after}"):
            return strip_article(found["body"])
    return None


def _head(lines: list[Line]) -> list[tuple[int, str]]:
    """The head's first non-blank lines (index, plain text), a page's own heading
    ("Agenda and minutes") left out."""
    head = [(k, plain(ln.text).strip()) for k, ln in enumerate(lines) if ln.text.strip()]
    if head and KIND_TITLE.fullmatch(head[0][1]):
        head = head[1:]
    return head[:HEAD_REACH]


def unnamed_opening(lines: list[Line]) -> Opening | None:
    """The meeting a head without a body's name dates: a record's bodiless sentence ("Minutes
    of the meeting held on D at T in V") or a line that is only the date (and time), named
    by the body whose minutes the record approves; else None."""
    for k, text in _head(lines):
        if BODILESS.match(text):
            clause = meeting_clause(text)
            if clause is None or clause.date is None:
                return None
            body = previous_minutes_body(lines)
            if body is None:
                return None
            return Opening(body, clause.date, clause.time, clause.venue, lines[k].number)
        if len(text) <= MAX_DATE_LINE and DATED_LINE.match(text):
            date = find_date(text)
            body = previous_minutes_body(lines) if date is not None else None
            if date is None or body is None:
                return None
            return Opening(body, date, find_time(text), None, lines[k].number)
    return None
