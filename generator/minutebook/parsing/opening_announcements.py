"""A notice of meeting sent as a letter that opens with its announcement, no title above.

Scottish councils and joint boards print an agenda's first page as a letter whose first
line is the announcement itself: "A meeting of the X will take place in V on D at T.", then
"You are invited to attend ..." and "Yours faithfully," over the clerk's name, and the
agenda below. With nothing printed above it, the sentence is where the paper starts.
"""

from __future__ import annotations

import re

from ..model import Line

#: "A meeting of X will take place / will be held / is to be held ...": a meeting to come
LETTER_ANNOUNCEMENT = re.compile(
    r"an?\s+(?:[a-z]+\s+){0,2}?meeting of\b[^.]{0,200}?\b"
    r"(?:will|is to|shall)\s+(?:be held|take place)\b",
    re.IGNORECASE,
)
#: a letter's invitation or close under the announcement
LETTER_CLOSE = re.compile(
    r"(?:yours (?:faithfully|sincerely)|[^.]{0,60}\b(?:invited|requested|summons?ed) to attend)",
    re.IGNORECASE,
)
#: Lines under the announcement the letter's invitation or close may lie within
CLOSE_LINES = 10
#: Lines under the announcement its agenda heading or first item may lie within
AGENDA_LINES = 20
#: the agenda under the letter: its heading, or its first numbered item ("1. Apologies")
AGENDA_START = re.compile(r"[*#_ ]*(?:agenda\b|(?:item\s+)?1[.):]?\s+[A-Z])", re.IGNORECASE)


def _nonblank_after(lines: list[Line], i: int, count: int) -> list[str]:
    out: list[str] = []
    for line in lines[i + 1 :]:
        if len(out) >= count:
            break
        if line.text.strip():
            out.append(line.text.strip())
    return out


def opening_announcement(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a letter's announcement that opens the paper: the first printed
    line, an invitation or "Yours faithfully" under it, and an "Agenda" heading or the first
    numbered item further down (the same sentence inside minutes has neither)."""
    if any(line.text.strip() for line in lines[:i]):
        return False  # something is printed above: a title opens the paper, not this
    text = lines[i].text.strip().strip("*#_ ")
    if not LETTER_ANNOUNCEMENT.match(text[:400]):
        return False
    following = _nonblank_after(lines, i, AGENDA_LINES)
    if not any(LETTER_CLOSE.match(t) for t in following[:CLOSE_LINES]):
        return False
    return any(AGENDA_START.match(t) for t in following)
