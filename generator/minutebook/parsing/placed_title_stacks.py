"""A paper's head printed as a stack: the title naming the body, then where and when.

A district council's annual meeting may head its agenda with no sentence and no labels,
only lines:

    Ashby District Council Annual Council Agenda
    in the Assembly Room, Market Place, Ashby
    at 7pm on Tuesday 14th May 2013
    All Members of the Council are summoned to consider the following business:

the title naming the council (a kind of meeting and "Agenda" after it), a line opening
"in" with the venue and a line opening "at" or "on" with the time and date, in either
order; a record's head may print "Meeting on Monday 10 June 2013, 10:00 am" over "at the
Company Office, Walpole House" under its title. The title's line is the opening's line;
the body is the council without the kind of meeting ("Annual Council") or the paper's
kind. None when the first lines hold no such stack.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Line
from .openings import BODY_NOUN, Opening, opening_lines, strip_article, when_and_where
from .text import plain

#: "in the Belle Vue Suite, ...", "to be held in the Council Chamber", "at the Company
#: Office, Walpole House": the venue's line (no date in it)
PLACE_LINE = re.compile(
    r"^(?:(?:to\s+be\s+)?held\s+)?(?:in|at)\s+(?:the\s+)?[A-Z0-9]", re.IGNORECASE
)
#: "at 7pm on Tuesday 14th May 2013", "on Tuesday 14th May 2013 at 7pm", a record's
#: "Meeting on Monday 10 June 2013, 10:00 am": the date's line
WHEN_LINE = re.compile(
    r"^(?:(?:to\s+be\s+)?held\s+|meeting\s+(?:held\s+)?)?(?:at|on)\s+\S", re.IGNORECASE
)
#: the paper's kind after the title: "... Agenda", "... Summons"
PAPER_KIND = re.compile(r"\s+(?:agenda|summons|notice\s+of\s+meeting)$", re.IGNORECASE)
#: a kind of meeting of the whole council after its name: "X District Council Annual Council"
WHOLE_MEETING = re.compile(
    r"(?<=council)\s+(?:annual|ordinary|extraordinary|special|full|budget)\s+"
    r"(?:council|meeting)(?:\s+meeting)?$",
    re.IGNORECASE,
)
#: Most characters of the title, the venue's and the date's lines
MAX_LINE = 160
#: Non-blank lines of the opening searched for the stack
REACH = 8


def placed_title_opening(lines: list[Line]) -> Opening | None:
    """The meeting of a title / "in V" / "at T on D" stack; None for any other opening."""
    filled = [(i, plain(line.text).strip()) for i, line in opening_lines(lines)][:REACH]
    for k in range(1, len(filled) - 1):
        title, first, second = filled[k - 1][1], filled[k][1], filled[k + 1][1]
        if max(len(title), len(first), len(second)) > MAX_LINE:
            continue
        if _place(first) and WHEN_LINE.match(second):
            place, when = first, second
        elif WHEN_LINE.match(first) and _place(second):
            place, when = second, first
        else:
            continue
        when = re.sub(r"^meeting\s+(?:held\s+)?", "", when, flags=re.IGNORECASE)
        body = _title_body(title)
        date, time, venue, _ = when_and_where(f"{place} {when}")
        if body is None or date is None:
            continue
        return Opening(body, date, time, venue, lines[filled[k - 1][0]].number)
    return None


def _place(text: str) -> bool:
    """Whether a stack's line gives the venue alone: "in" or "at" a place, no date."""
    return PLACE_LINE.match(text) is not None and find_date(text) is None


def _title_body(title: str) -> str | None:
    """The body a stack's title names, without the paper's or the meeting's kind; None
    when the line names no body or holds a date (a dated title is another reader's)."""
    if any(c.isdigit() for c in title) or not BODY_NOUN.search(title):
        return None
    body = WHOLE_MEETING.sub("", PAPER_KIND.sub("", title.strip(" *#_")))
    return strip_article(body) or None
