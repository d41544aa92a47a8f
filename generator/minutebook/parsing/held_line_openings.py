"""Openings on a "held" line or a decisions line under the body's title.

A title naming the body over "Held on Tuesday 3 May 2022 at 10.00 am in V" (an agenda's
"to be held on D at T in V"), or a decision session's "Record of decisions taken on D at
T in V" under the session's title: the line after the title gives the date, time and
place.
"""

from __future__ import annotations

import itertools
import re

from ..model import Line
from .openings import FIELD, Opening, opening_lines, title_body, when_and_where
from .text import plain

#: "Held on Tuesday 14 March 2023 at 7.00 pm in the Council Chamber" under a title naming
#: the body ("PLANNING COMMITTEE" / "Minutes"); "held 15th November 2023" (the date at once);
#: an agenda's "to be held on D at T in V" under its title; a record's "commencing at T on D"
HELD_LINE = re.compile(
    # "commencing at 7.00 pm on 23 November 2017": the start said where "held" would be
    r"^(?:meeting\s+)?(?:(?:to|will)\s+be\s+)?(?:held|commencing|starting)\s+"
    r"(?=on\b|at\b|in\b|remotely\b|virtually\b|online\b|via\b|\d)",
    re.IGNORECASE,
)


def held_line_opening(lines: list[Line]) -> Opening | None:
    """A line that starts 'Held on D at T in V' (or 'Meeting held ...') under the title
    lines that name the body."""
    for i, line in opening_lines(lines)[:12]:
        text = plain(line.text)
        held = HELD_LINE.match(text)
        if held is None:
            continue
        rest = text[held.end() :].strip()
        date, time, venue, _ = when_and_where(rest)
        if date is not None and time is None and venue is None:
            # "Held on Tuesday 9 January 2018" / "Commencing at 6.30 pm" / "In Room 1, ...":
            # the time and the place stacked on the lines below
            below = _stacked_below(lines, line.number)
            if below:
                date, time, venue, _ = when_and_where(f"{rest} {below}")
        if date is None:
            return None
        body = title_body(lines, i)
        return Opening(body, date, time, venue, line.number) if body else None
    return None


#: "Commencing at 6.30 pm", "at 7pm", "In Room 1, The Speedwell Rooms": a held line's time
#: or place stacked under it
STACKED = re.compile(
    r"^(?:(?:commencing|starting|beginning)\s+)?(?P<said>(?:at|in)\s+\S.{0,120})$", re.I
)
#: Non-blank lines under a held line read for its time and place
STACK_REACH = 2


def _stacked_below(lines: list[Line], number: int) -> str:
    """The time and place stacked on the lines under the held line ("at 6.30 pm in Room
    1, ..."), as one phrase; empty when none is."""
    after = (line for line in lines if line.number > number and line.text.strip())
    said = []
    for line in itertools.islice(after, STACK_REACH):
        match = STACKED.match(plain(line.text).strip())
        if match is None:
            break
        said.append(match["said"])
    return " ".join(said)


#: "Record of decisions taken on Thursday, 18 October 2018 at 2.00 pm in Meeting Room 4,":
#: the dating line of a decision session's record (one member deciding, under a title
#: naming the session), its venue sometimes running on to the next line after a comma
DECISIONS_LINE = re.compile(
    r"^record\s+of\s+(?:the\s+)?decisions?\s+(?:taken|made)\s+(?=on\b|at\b|in\b)",
    re.IGNORECASE,
)


#: Longest line read as the rest of a dating line's venue
MAX_RUN_ON = 80


def decisions_line_opening(lines: list[Line]) -> Opening | None:
    """A line 'Record of decisions taken on D at T in V' under the title lines that name
    the session; a venue ending in a comma goes on to the next line."""
    for i, line in opening_lines(lines)[:12]:
        text = plain(line.text)
        taken = DECISIONS_LINE.match(text)
        if taken is None:
            continue
        rest = text[taken.end() :]
        if rest.rstrip().endswith(",") and i + 1 < len(lines):
            following = plain(lines[i + 1].text)
            if following and len(following) <= MAX_RUN_ON and not FIELD.match(following):
                rest = f"{rest.rstrip()} {following}"
        date, time, venue, _ = when_and_where(rest)
        if date is None:
            return None
        body = title_body(lines, i)
        return Opening(body, date, time, venue, line.number) if body else None
    return None
