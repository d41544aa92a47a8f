"""A committee system's page for one agenda item (ModernGov's "Agenda item" and "Issue -
meetings" pages), printed to text.

Councils publish each item's minute on a page of its own: the site's banner and crumbs,
"Agenda item", the item's title, then a line naming the meeting and the item's number
("Meeting: 04/02/2025 - Overview and Scrutiny Committee (Item 34)"), the agenda's text,
a "Minutes:" label and the minute. Such a page has no other opening: the meeting line is
its meeting, and the title with the number in brackets is its one minute. Each reader
returns None when the page is not laid out so. The same system's meeting pages print a
"View directions" link after the venue, which is no part of the place.
"""

from __future__ import annotations

import re

from ..dates import date_of_groups
from ..model import Line
from .openings import Opening
from .text import plain
from .venue_sentences import venue_before_next_sentence

#: "Meeting: 04/02/2025 - Overview and Scrutiny Committee (Item 34)": the date as the
#: system prints it (day first), the committee, and the item's number on the agenda
MEETING_LINE = re.compile(
    r"^Meeting:\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\s*[-–]\s*"
    r"(?P<body>[A-Z][^()\n]{2,150}?)\s*"
    r"(?:\(Item\s+(?P<item>[A-Z]?\d{1,4}(?:[./]\d{1,4})?[a-z]?)[.:]?\))?\s*$"
)
#: the page's own heading over the item's title ("Agenda item"); an issue's page ("Issue -
#: meetings") heads a shortened title and prints the numbered one under the meeting line
PAGE_HEADING = re.compile(r"^Agenda\s+item$", re.IGNORECASE)
#: Lines of the page's head searched for its meeting line
HEAD_LINES = 40
#: Non-blank lines between the page's heading and the meeting line (the title, which may
#: wrap onto a second line)
MAX_TITLE_LINES = 3
#: Longest title read
MAX_TITLE_CHARS = 250


def meeting_line(lines: list[Line]) -> tuple[int, re.Match[str]] | None:
    """The index of the page's meeting line in its head, and its match."""
    for k, line in enumerate(lines[:HEAD_LINES]):
        match = MEETING_LINE.match(plain(line.text).strip())
        if match is not None:
            return k, match
    return None


def meeting_start(lines: list[Line], i: int) -> int | None:
    """Where the paper of the meeting line at `i` starts, when the file is a committee
    system's page: an issue's page lists each meeting that took the issue ("Meeting:
    11/03/2025 - Council (Item 72)", then "Meeting: 18/02/2025 - Cabinet (Item 58)"), each
    line opening that meeting's minute. The page's first meeting line (in its head) opens
    its first paper, banner and crumbs included (line 0); a later one opens its own. None
    when line `i` is no numbered meeting line, the file's head holds none, or the page
    records nothing (an item's page before its meeting)."""
    text = plain(lines[i].text).strip()
    match = MEETING_LINE.match(text) if text.startswith("Meeting:") else None
    if match is None or match["item"] is None:
        return None
    first = meeting_line(lines)
    if first is None or first[0] > i or not _records(lines):
        return None
    return 0 if first[0] == i else i


#: a record's label on the committee system's pages: "Minutes:", "Decision:" alone
RECORD_LABEL = re.compile(r"^(?:Minutes|Decisions?):$")
#: Lines searched for a record's label
LABEL_LINES = 2000


def _records(lines: list[Line]) -> bool:
    """Whether a page records what its meetings did (a "Minutes:" or "Decision:" label):
    an item's page before its meeting holds the agenda's text only, and is no record."""
    return any(RECORD_LABEL.match(line.text.strip()) for line in lines[:LABEL_LINES])


def item_page_opening(lines: list[Line]) -> Opening | None:
    """The meeting an item page records: its meeting line's committee and date (the page
    prints no time or place)."""
    found = meeting_line(lines)
    if found is None:
        return None
    k, match = found
    date = date_of_groups(match)
    if date is None:
        return None
    return Opening(match["body"].strip(), date, None, None, lines[k].number)


def _heading_above(lines: list[Line], i: int) -> bool:
    """Whether the page's heading ("Agenda item") is the last line with text above `i`."""
    for k in range(i - 1, max(-1, i - 1 - MAX_TITLE_LINES * 2), -1):
        text = plain(lines[k].text).strip()
        if text:
            return PAGE_HEADING.match(text) is not None
    return False


def item_page_heading(lines: list[Line], i: int) -> tuple[str | None, str] | None:
    """The item's number (from the meeting line) and title when line `i` is the title
    under the page's heading with the meeting line below it; None elsewhere."""
    title = plain(lines[i].text).strip()
    if not title or len(title) > MAX_TITLE_CHARS or not _heading_above(lines, i):
        return None
    seen = 0
    for k in range(i + 1, len(lines)):
        text = plain(lines[k].text).strip()
        if not text:
            continue
        match = MEETING_LINE.match(text)
        if match is not None:
            return match["item"], title
        seen += 1
        if seen >= MAX_TITLE_LINES:
            return None
    return None


def title_under_meeting_line(lines: list[Line], i: int) -> tuple[str, str] | None:
    """The item's number (from the meeting line) and title when line `i` is an unnumbered
    title right under an issue page's meeting line ("Meeting: 14/03/2025 - Cabinet (Item
    4)" over "Admission of the Public"); None elsewhere: a numbered title ("47 Review
    ...") is the numbered readers', and an item page's title is above its meeting line."""
    title = plain(lines[i].text).strip()
    if not title or title[:1].isdigit() or len(title) > MAX_TITLE_CHARS or title.endswith("."):
        return None
    above = [k for k in range(max(0, i - MAX_TITLE_LINES), i) if lines[k].text.strip()]
    if not above:
        return None
    match = MEETING_LINE.match(plain(lines[above[-1]].text).strip())
    if match is None or match["item"] is None or _heading_above(lines, above[-1] - 1):
        return None
    return match["item"], title


#: the label over a minute's text on the committee system's pages ("Minutes:" alone)
MINUTES_LABEL = re.compile(r"^Minutes:$")


def has_minutes_label(texts: list[str]) -> bool:
    """Whether a page labels its minuted text "Minutes:" on a line of its own, as the
    committee system prints each item of a record (an agenda prints no such label)."""
    return any(MINUTES_LABEL.match(text) for text in texts)


#: the link after a meeting's venue on the committee system's pages ("Town Hall, Exton.
#: View directions", "Council Chamber Map and Directions"): the page's furniture, not part
#: of the place; the link's "View" alone after a stop when "directions" wrapped onto the
#: next line ("..., RP1 2QS. View")
DIRECTIONS_LINK = re.compile(
    r"[.,;]?\s*(?:View\s+directions|Map\s+(?:and|&)\s+Directions)\.?\s*$|[.,;]\s*View\s*$",
    re.IGNORECASE,
)


def without_directions_link(venue: str | None) -> str | None:
    """The venue without the page's "View directions" link after it, nor a sentence run on
    after the place ("... Shepton Mallet. The meeting will commence at 6.30 pm.")."""
    if venue is None:
        return None
    return venue_before_next_sentence(DIRECTIONS_LINK.sub("", venue).strip() or None)
