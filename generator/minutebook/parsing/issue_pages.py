"""The later meetings of a committee system's issue page, named with the site's council.

An issue's page ("Issue - meetings") lists each meeting that took the issue, each under
its own line ("Meeting: 18/02/2025 - Cabinet (Item 58)"), and each is read as a paper of
its own (see `web_item_pages.meeting_start`). Only the first paper carries the site's
banner with the council's name; the committees below it ("Cabinet", "Council") are the
same council's, so they are named with the banner's council as the first one is.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Part
from .headers import with_authority
from .letterheads import letterhead_authority
from .text import plain
from .web_item_pages import MEETING_LINE


def _opened_by_meeting_line(part: Part) -> bool:
    """Whether a paper is one meeting of an issue's page: its first line is its meeting's
    line, and its meeting was read from it."""
    if not part.lines or part.meeting is None or part.meeting.line != part.first_line:
        return False
    return MEETING_LINE.match(plain(part.lines[0].text).strip()) is not None


def with_site_authority(parts: list[Part]) -> None:
    """Name each later meeting of an issue's page with the council of the page's banner
    (the first paper's letterhead above its own meeting line); other files are left."""
    first = parts[0] if parts else None
    if first is None or first.meeting is None or first.meeting.line is None:
        return
    above = [ln.text for ln in first.lines if ln.number < first.meeting.line]
    authority = letterhead_authority(above)
    if authority is None:
        return
    for part in parts[1:]:
        if part.meeting is None or not _opened_by_meeting_line(part):
            continue
        named = with_authority(plain(part.meeting.body_name), authority)
        if named != part.meeting.body_name:
            part.meeting = replace(part.meeting, body_name=named)
            part.title = f"Minutes: {named}, {part.meeting.date:%-d %B %Y}"
