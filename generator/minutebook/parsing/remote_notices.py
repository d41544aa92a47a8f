"""An agenda that opens with a note of how its meeting will sit, then the meeting's date.

From 2020 councils (Scottish ones above all) printed over an agenda "Due to Government
guidance relating to Covid-19, this meeting will be held remotely.", then the date and
time alone ("Thursday, 20th May, 2021 - 10.00 a.m."), with the committee's name above the
note or none. The note speaks of a meeting still to come, so the paper is its agenda; the
body is the title before the note, the date and time the line under it (or the rest of
the note's line, when the conversion ran them together). Each reader returns None when
the paper does not open so.
"""

from __future__ import annotations

import re

from ..dates import find_date, find_time
from ..model import Line
from ..vocabulary import WEEKDAY_NAME
from .openings import BODY_NOUN, Opening
from .text import plain

#: the note: "... this meeting will be held remotely.", "This meeting will take place
#: virtually via Microsoft Teams"; `before` is what precedes the sentence on its line
REMOTE_NOTE = re.compile(
    r"(?P<before>.{0,160}?)\s*(?P<note>(?:(?:due|owing)\s+to|in\s+line\s+with|following|"
    r"because\s+of|as\s+a\s+result\s+of|in\s+accordance\s+with)\b[^.]{0,200}?,\s*)?"
    r"this\s+meeting\s+will\s+(?:be\s+held|take\s+place)\b[^.]{0,120}\.?",
    re.IGNORECASE,
)
#: the date with its time, alone on a line or after the note
DATED = re.compile(
    r"(?:" + WEEKDAY_NAME + r",?\s{1,3})?\d{1,2}(?:st|nd|rd|th)?\s{1,3}"
    r"[A-Za-z]{3,9},?\s{1,3}(?:19|20)\d\d",
    re.IGNORECASE,
)
#: Non-blank lines of a file's head the note may stand within (a title above it)
NOTE_LINES = 3
#: Non-blank lines under the note its date line may stand within
DATE_LINES = 2


def _nonblank(lines: list[Line], start: int, count: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for k in range(start, len(lines)):
        if len(out) >= count:
            break
        text = plain(lines[k].text).strip(" *#_")
        if text:
            out.append((k, text))
    return out


def _dated(text: str) -> bool:
    found = DATED.match(text.strip(" ,.;:-–—"))
    if found is None or find_date(found.group()) is None:
        return False
    return find_time(text) is not None


def remote_note(lines: list[Line], i: int) -> int | None:
    """The index of the line holding the meeting's date and time, when line `i` is the
    note of how the meeting will sit among the file's first lines; else None."""
    head = _nonblank(lines, 0, NOTE_LINES)
    if i not in [k for k, _ in head]:
        return None
    text = plain(lines[i].text).strip(" *#_")
    note = REMOTE_NOTE.match(text[:600])
    if note is None:
        return None
    if _dated(text[note.end() :][:80]):
        return i
    for k, below in _nonblank(lines, i + 1, DATE_LINES):
        if _dated(below):
            return k
    return None


def remote_note_opening(lines: list[Line]) -> Opening | None:
    """The meeting of an agenda under such a note: the body on the note's line before it
    or on the title line above, the date and time from the dated line."""
    for i, _ in _nonblank(lines, 0, NOTE_LINES):
        at = remote_note(lines, i)
        if at is None:
            continue
        text = plain(lines[i].text).strip(" *#_")
        note = REMOTE_NOTE.match(text[:600])
        dated = text[note.end() :] if note is not None and at == i else plain(lines[at].text)
        date, time = find_date(dated), find_time(dated)
        if date is None:
            return None
        above = [t for k, t in _nonblank(lines, 0, NOTE_LINES) if k < i]
        body = (note["before"] if note is not None else "").strip(" ,.;:-–—") or (
            above[-1] if above else ""
        )
        if not BODY_NOUN.search(body) or len(body) > 120:
            return None
        return Opening(body, date, time, None, lines[i].number)
    return None
