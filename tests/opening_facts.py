"""What the parser makes of a paper's opening, for the openings' unit tests: the first
part's kind and its meeting's body, date, time and venue."""

from __future__ import annotations

import hashlib

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, SourceDocument
from minutebook.parsing import parse_document
from minutebook.parsing.reading import SourceText


def parsed(text: str) -> SourceDocument:
    """`text` parsed as a paper on its own."""
    source = SourceText(file="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return parse_document(source, Diagnostics())


def first_part_meeting(text: str) -> tuple[DocumentKind, str | None, object, object, object]:
    """(kind, body, date, time, venue) of the first part of `text` parsed as a paper;
    the four meeting fields None when the part names no meeting."""
    part = parsed(text).parts[0]
    m = part.meeting
    if m is None:
        return part.kind, None, None, None, None
    return part.kind, m.body_name, m.date, m.time, m.venue
