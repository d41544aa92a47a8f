"""The front of an agenda above its "AGENDA" heading: the body, the meeting's date and
place, and the notes a clerk prints for those attending.

Fire authorities, panels and councils print the meeting's particulars first and the
word "AGENDA" only after them:

    WESTMARCH FIRE AUTHORITY

    Monday 7 December 2015 in the Hall, Euxton, commencing at 1000 hours

    Car parking is available at the front of the building.
    If you have any queries please contact ...

    AGENDA

Read as a part of its own, the front became an "other" paper and the agenda lost its
meeting. The lines above a file's first paper, an agenda, are its front when they open
with a heading (the body's name, not a sentence), hold a dated line, record nothing
(`content_kind`) and are few: a page of notes, not a paper. A heading that is the body's
name ("X PARISH COUNCIL") needs no date under it when a note or two alone stand between
it and the summons that dates the meeting.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import DocumentKind, Line
from .content_kind import kind_by_content
from .text import plain

#: Most non-blank lines a front holds
MAX_FRONT_LINES = 15
#: A heading naming the body, in capitals or not ("SURLINGHAM PARISH COUNCIL"): its notes
#: to the public may stand over the summons with the date in it
BODY_NAME = re.compile(
    r"\b(?:council|committee|board|authority|panel|trust|commissioners|conservators)$",
    re.IGNORECASE,
)
#: Most non-blank lines of a front with no date: the body's name and two notes
MAX_UNDATED_LINES = 3
#: Longest heading that opens a front
MAX_HEADING_CHARS = 120


def agenda_front(lines: list[Line], kind: DocumentKind) -> bool:
    """Whether the lines above a file's first paper, an agenda, are that agenda's front:
    a heading, a dated line, notes, and nothing that records or sets out business."""
    if kind is not DocumentKind.AGENDA:
        return False
    texts = [plain(line.text).strip() for line in lines if line.text.strip()]
    if not texts or len(texts) > MAX_FRONT_LINES:
        return False
    heading = texts[0]
    if len(heading) > MAX_HEADING_CHARS or heading.endswith((".", ",", ":")):
        return False
    # no date: only a body's name over a note or two ("X PARISH COUNCIL")
    undated_head = BODY_NAME.search(heading) is not None and len(texts) <= MAX_UNDATED_LINES
    if not any(find_date(text) for text in texts[1:]) and not undated_head:
        return False
    return kind_by_content(lines) is None
