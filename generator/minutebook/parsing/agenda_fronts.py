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
(`content_kind`) and are few: a page of notes, not a paper.
"""

from __future__ import annotations

from ..dates import find_date
from ..model import DocumentKind, Line
from .content_kind import kind_by_content
from .text import plain

#: Most non-blank lines a front holds
MAX_FRONT_LINES = 15
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
    if not any(find_date(text) for text in texts[1:]):
        return False
    return kind_by_content(lines) is None
