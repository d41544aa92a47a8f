"""Meeting headers: who met, when and where, as each kind of paper prints it."""

from __future__ import annotations

import re

from ..dates import find_date, find_time
from ..errors import Diagnostics
from ..model import Line, MeetingFacts
from .text import plain

NOTICE = re.compile(
    r"meeting of the (?P<body>.+?) will be held (?:in|at)\s+(?P<venue>.*?)\s*\bon\s+"
    r"(?P<when>.+?)(?: when |$)",
    re.IGNORECASE,
)
MINUTES_HEADER = re.compile(
    r"meeting of the (?P<body>.+?) held (?:in|at) (?:the )?(?P<venue>.+?)\s+on\s+(?P<when>.+)$",
    re.IGNORECASE,
)


def _venue(raw: str) -> str | None:
    """The venue without a leading article; None when the notice leaves it blank."""
    venue = re.sub(r"^the\b\s*", "", plain(raw).strip(" ,"), flags=re.IGNORECASE)
    return venue or None


def notice_of_meeting(
    lines: list[Line], file: str, diagnostics: Diagnostics
) -> MeetingFacts | None:
    """'Notice is hereby given that a meeting of the X will be held in V on D, at T'."""
    for line in lines:
        match = NOTICE.search(plain(line.text))
        if not match:
            continue
        date = find_date(match["when"])
        if date is None:
            diagnostics.warn(
                file, line.number, "notice-without-date", "notice of meeting has no date I can read"
            )
            return None
        venue = _venue(match["venue"])
        if venue is None:
            diagnostics.warn(
                file,
                line.number,
                "notice-without-venue",
                "notice of meeting names no venue; venue left unknown",
            )
        return MeetingFacts(
            body_name=plain(match["body"]),
            date=date,
            time=find_time(match["when"]),
            venue=venue,
            line=line.number,
        )
    return None


def minutes_header(lines: list[Line], file: str, diagnostics: Diagnostics) -> MeetingFacts | None:
    """'MINUTES of a meeting of the X held in V on Thursday 10 October 2024.'"""
    for line in lines:
        text = plain(line.text)
        if not text.upper().startswith("MINUTES"):
            continue
        match = MINUTES_HEADER.search(text)
        date = find_date(text)
        if not match or date is None:
            diagnostics.warn(
                file,
                line.number,
                "minutes-header-unread",
                "minutes header without a body and date I can read",
            )
            return None
        return MeetingFacts(
            body_name=plain(match["body"]),
            date=date,
            time=find_time(match["when"]),
            venue=_venue(match["venue"]),
            line=line.number,
        )
    return None


LABELLED = re.compile(
    r"^(?P<label>[A-Z][A-Za-z &]{1,30}?)\s*:?\s*\t+\s*(?P<value>.*)$|"
    r"^(?P<label2>[A-Z][A-Za-z &]{1,30}?):\s+(?P<value2>.*)$"
)


def labelled_fields(lines: list[Line], limit: int = 30) -> dict[str, tuple[str, int]]:
    """'Title: X', 'Date & time:<TAB>Y' -> {'title': ('X', line), ...} (first occurrence)."""
    fields: dict[str, tuple[str, int]] = {}
    for line in lines[:limit]:
        match = LABELLED.match(line.text.strip())
        if not match:
            continue
        label = (match["label"] or match["label2"]).strip().lower()
        value = (match["value"] if match["label"] else match["value2"]) or ""
        fields.setdefault(label, (value.strip(), line.number))
    return fields
