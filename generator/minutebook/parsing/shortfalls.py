"""What a paper looks like it holds against what was read from it, for `minutebook check`.

A maintainer adding the next meeting's papers must see a miss before publishing: a paper
that reads as minutes but gives no minutes, an agenda that gives no items, a "Present:"
list that gives nobody. These counts are deliberately independent of the parsers (a
second, cruder reading of the lines), so a layout the parsers do not know still shows up
as a shortfall instead of silently yielding nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import DocumentKind, Line, Part
from .present_labels import OTHER_PRESENT_LABELS

#: Longer lines are paragraphs, not headings (and are never matched against a pattern).
HEADING_MAX = 160

#: How many non-blank lines at the top of a paper may say what it is.
OPENING_LINES = 25

#: A numbered heading of a minute or an agenda item: "19. Election of Chair",
#: "12/21 Minutes", "PCP/17/12 Apologies", "Minute 5: Title", "- 4 Minutes of ...",
#: "104. Title (Item B1)". Not "31.1 The Commissioner ..." (a numbered paragraph), nor a
#: date ("19 May 2022 - Annual Meeting ...").
_NUMBERED = re.compile(
    r"^(?:[-•·]\s)?(?:minute\s+|item\s+)?(?:[A-Z]{1,5}/)?\d{1,4}(?:/\d{1,4}){0,2}[.:)]?[ \t]+"
    r"(?!(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)[A-Z(*\"'‘“]",
    re.IGNORECASE,
)
#: An opening line that names the paper minutes ("MINUTES of a meeting ...", "Minutes").
_MINUTES_OPENING = re.compile(r"^(?:\*\*)?minutes\b", re.IGNORECASE)
_AGENDA_WORD = re.compile(
    r"\bagenda\b|notice is hereby given|hereby (?:summons?ed|requested to attend)|\bsummons\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    rf"^(?:\*\*)?(?:present|members present|attendance|attendees|{OTHER_PRESENT_LABELS})\b"
    r"\s*(?:\*\*)?\s*(?:[:\t]|[-–—](?:\s|$))",
    re.IGNORECASE,
)


def numbered_headings(lines: Sequence[Line]) -> list[Line]:
    """Lines that look like a numbered minute heading or agenda item: short, numbered, not
    a sentence (a heading does not end with a full stop)."""
    out = []
    for line in lines:
        text = line.text.strip()
        if not text or len(text) > HEADING_MAX or text.endswith("."):
            continue
        if _NUMBERED.match(text):
            out.append(line)
    return out


def _opening(lines: Sequence[Line]) -> str:
    """The first non-blank lines of a paper, joined."""
    found: list[str] = []
    for line in lines:
        text = line.text.strip()
        if text:
            found.append(text[:HEADING_MAX])
            if len(found) >= OPENING_LINES:
                break
    return "\n".join(found)


def present_line(lines: Sequence[Line]) -> Line | None:
    """The first line that opens an attendance list ("PRESENT:", "Members present:")."""
    for line in lines:
        if len(line.text) <= 2 * HEADING_MAX and _PRESENT.match(line.text.strip()):
            return line
    return None


#: Papers whose numbered lines are their own sections, not minutes or agenda items.
_SECTIONED = {
    DocumentKind.REPORT,
    DocumentKind.APPENDIX,
    DocumentKind.ANNUAL_REPORT,
    DocumentKind.WORK_PROGRAMME,
}


def part_shortfalls(part: Part) -> list[str]:
    """One paper's warnings: numbered headings but no minute or item read from them; an
    attendance list but nobody read from it. None for reports and appendices."""
    if part.kind in _SECTIONED:
        return []
    out: list[str] = []
    headings = numbered_headings(part.lines)
    if len(headings) >= 2 and not part.minutes and not part.items:
        opening = _opening(part.lines)
        present = present_line(part.lines) is not None
        looks_minutes = (
            part.kind is DocumentKind.MINUTES
            or present
            or any(_MINUTES_OPENING.match(line) for line in opening.splitlines())
        )
        looks_agenda = part.kind is DocumentKind.AGENDA or bool(_AGENDA_WORD.search(opening))
        first = headings[0].number
        if looks_minutes:
            out.append(
                f"warning: {len(headings)} numbered headings (first on line {first}), "
                "0 minutes read"
            )
        elif looks_agenda:
            out.append(
                f"warning: {len(headings)} numbered agenda lines (first on line {first}), "
                "0 items read"
            )
    listed = present_line(part.lines)
    if listed is not None and not part.attendance:
        out.append(f"warning: an attendance list on line {listed.number}, no attendance read")
    return out


def shortfalls(parts: Sequence[Part]) -> list[str]:
    """Plain warnings for every paper that looks like minutes or an agenda (or lists who
    was present) but gave nothing of the kind; empty when the reading matches the look."""
    return [warning for part in parts for warning in part_shortfalls(part)]
