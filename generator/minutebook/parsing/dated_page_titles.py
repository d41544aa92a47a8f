"""A committee system's meeting page whose dated title opens the file with no "Venue:"
line under it.

A council's committee system titles each meeting's page "<body> - <weekday> <day>
<month> <year> <time>" ("Licensing Committee - Tuesday 4 March 2025 2.00 pm"), under at
most the page's own heading ("Agenda and minutes", "Agenda, decisions and minutes") and a
short banner (the council's name), then lists the items, each with its minute once the
meeting has been held. A page saved without its "Venue:" and "Contact:" lines still opens
so; what the items say (who
attended, what was decided, see content_kind.page_kind) tells a record from an agenda.
The reader returns None for any other title, and for such a line below other text (a
pack's later page citing a meeting).
"""

from __future__ import annotations

import re

from ..model import DocumentKind, Line
from ..vocabulary import WEEKDAY_NAME
from .content_kind import page_kind
from .text import plain

#: the title's dated end: " - Tuesday 10 October 2023 10.30 am", " – Thursday, 16th
#: November, 2017 7.00 pm" (the weekday and the time are what a system always prints)
PAGE_TITLE_DATE = re.compile(
    r"\s[-–]\s{1,3}" + WEEKDAY_NAME + r",?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?"
    r"\s{1,3}[A-Z][a-z]{2,8},?\s{1,3}(?:19|20)\d\d,?\s{1,3}"
    r"(?:\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\.?|(?:[01]?\d|2[0-3]):[0-5]\d)$",
    re.IGNORECASE,
)
#: the page's own heading over the title: "Agenda", "Agenda and minutes", "Agenda,
#: decisions and minutes", "Agenda and draft minutes", "Minutes", "Decisions"
PAGE_HEADING = re.compile(
    r"(?:agenda(?:,?\s{1,3}(?:decisions|(?:draft\s)?minutes)){0,2}(?:\s{1,3}and\s{1,3}"
    r"(?:draft\s)?(?:minutes|decisions))?|minutes|decisions|meeting\s+details)",
    re.IGNORECASE,
)


def dated_page_kind(lines: list[Line], start: int, i: int) -> DocumentKind | None:
    """The kind of a committee system's meeting page whose title (line `i`, its block
    from `start`) ends with the weekday, date and time and opens the file (at most the
    page's heading above it): minutes or an agenda as its items read; None otherwise."""
    if not PAGE_TITLE_DATE.search(plain(lines[i].text).strip()):
        return None
    above = [plain(ln.text).strip(" *#_") for ln in lines[:start] if ln.text.strip()]
    if not all(_banner(text) for text in above) or len(above) > BANNER_LINES:
        return None
    return page_kind(lines[i + 1 :])


#: Most lines of the site's banner above the title ("Skip to main content", the council's
#: name, "Agenda and minutes")
BANNER_LINES = 3
#: Longest banner line
BANNER_CHARS = 60


def _banner(text: str) -> bool:
    """Whether a line above the title is the page's heading or a short banner line, no
    sentence (a pack's page above a cited meeting has prose)."""
    if PAGE_HEADING.fullmatch(text):
        return True
    return len(text) <= BANNER_CHARS and not text.endswith((".", ":", ";", ","))
