"""A committee system's page for one meeting (ModernGov's list of the meeting's documents),
printed to text.

The page opens with one line naming the committee and when it meets ("Health and
Wellbeing Board - Thursday 23 May 2024 10.00 am"; a meeting with a title of its own prints
it first: "Annual Council, Council - Monday 23rd May, 2016 7.45 pm"), the venue under it
("Venue: Kennet Room - County Hall. View directions"), the clerk's contact, then "No. Item"
and each item, its minute under a "Minutes:" label once the meeting has taken place. The
page is the meeting's one paper: minutes when it records, an agenda otherwise. The
system's older pages stack the committee over the date ("Cabinet" over "Thursday, 16th
August 2007 10.00 am") under the page's heading ("Meeting documents"), the venue labelled
"Venue :" or "Place:" (its value on the label's line or the next). Each reader returns
None when the page is not laid out so.
"""

from __future__ import annotations

import re

from ..dates import find_date, find_time
from ..model import DocumentKind, Line
from ..vocabulary import WEEKDAY_NAME
from .content_kind import page_kind
from .dated_page_titles import PAGE_HEADING as SYSTEM_HEADING
from .mirrored_list_pages import mirrored_title
from .openings import Opening
from .printed_kind_titles import KIND_TITLE
from .text import plain
from .web_item_pages import without_directions_link

#: "Cabinet - Monday 23rd May, 2016 7.45 pm": the committee, a dash, the weekday, the
#: date and the start time
TITLE_LINE = re.compile(
    r"^(?:\((?P<note>[^()]{1,60})\),?\s)?(?P<body>[A-Z][^\n]{2,150}?)\.?\s[-–]\s"
    + WEEKDAY_NAME
    + r",?\s"
    r"(?P<when>\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]{3,9},?\s(?:19|20)\d\d,?\s"
    r"\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.))$",
    re.IGNORECASE,
)
#: the venue under the title line ("Venue: Council Chamber - Town Hall"), or an older
#: page's under its date ("Venue : Committee Room 1", "Place:" with its value maybe below)
VENUE = re.compile(r"^(?:Venue|Place)\s?:\s*(?P<venue>.{0,200})$")
#: an older page's date line under the committee: "Thursday, 16th August 2007 [10.00 am]"
STACKED_DATE = re.compile(
    r"^" + WEEKDAY_NAME + r",?\s\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]{3,9},?"
    r"\s(?:19|20)\d\d(?:,?\s\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.))?$",
    re.IGNORECASE,
)
#: the older page's own heading over the committee
PAGE_HEADING = re.compile(r"^Meeting\s+documents$", re.IGNORECASE)
#: the items' table heading an older page prints under the date when it names no venue:
#: "Number Item", "NumberItem" (the cells glued), "No. Item"
STACKED_ITEMS = re.compile(r"^(?:No\.?|Number)\s{0,3}Item\b", re.IGNORECASE)
#: the paper's kind before the committee's name: "Agenda for the Cabinet"
KIND_PREFIX = re.compile(r"^(?:Agenda|Minutes)\s+(?:for|of)\s+(?:the\s+)?", re.IGNORECASE)
#: Longest committee name stacked over the date
MAX_BODY = 100
#: Non-blank lines under the date line searched for the venue label
STACKED_VENUE_LINES = 3
#: Lines of a file's head searched for the page's title line
HEAD_LINES = 4
#: Lines with text under the title line searched for the venue (a note to the public,
#: "Seats in the gallery are limited", may stand between)
VENUE_LINES = 3


def _title(lines: list[Line], i: int) -> re.Match[str] | None:
    """The title line's match at `i`, when a venue line follows within VENUE_LINES lines
    with text (the page prints one for every meeting, so the title alone is not enough)."""
    match = TITLE_LINE.match(plain(lines[i].text).strip())
    if match is None or find_date(match["when"]) is None:
        return None
    return match if any(VENUE.match(plain(ln.text).strip()) for ln in _under(lines, i)) else None


def _under(lines: list[Line], i: int) -> list[Line]:
    """The first VENUE_LINES lines with text under line `i`."""
    return [ln for ln in lines[i + 1 : i + 1 + 3 * VENUE_LINES] if ln.text.strip()][:VENUE_LINES]


def _venue_under(lines: list[Line], i: int) -> str | None:
    """The venue of the "Venue:" line under the title line at `i`, if any."""
    for line in _under(lines, i):
        found = VENUE.match(plain(line.text).strip())
        if found is not None:
            return without_directions_link(found["venue"].strip() or None)
    return None


def _body(printed: str, venue: str | None = None) -> str:
    """The committee named on the title line: a meeting's own title before it is dropped
    ("Annual Council, Council" -> "Council") when that title ends with the committee's
    name, or when it repeats the "Venue:" line ("Virtual Meeting (Public Not Admitted),
    Wyke Council": the page titled the meeting by where it sat)."""
    if venue and printed.startswith(f"{venue}, ") and len(printed) > len(venue) + 2:
        return printed[len(venue) + 2 :]
    head, sep, tail = printed.rpartition(", ")
    return tail if sep and head.lower().endswith(tail.lower()) else printed


def _first_texts(lines: list[Line], limit: int) -> list[int]:
    """The indexes of the first `limit` lines with text."""
    found: list[int] = []
    for k, line in enumerate(lines):
        if len(found) >= limit:
            break
        if line.text.strip():
            found.append(k)
    return found


def _stacked(lines: list[Line]) -> tuple[int, int, str | None] | None:
    """An older page's committee line, date line and venue: the committee alone on the
        file's first line with text (or the first under the page's heading), the date on the
        next, the venue label within STACKED_VENUE_LINES lines under it (or, under the page's
    heading, the items' table at once: no venue); else None."""
    texts = _first_texts(lines, 3 + STACKED_VENUE_LINES)
    headed = bool(texts) and bool(PAGE_HEADING.match(plain(lines[texts[0]].text).strip()))
    if headed:
        texts = texts[1:]
    if len(texts) < 3:
        return None
    body = plain(lines[texts[0]].text).strip()
    if len(body) > MAX_BODY or not body[:1].isupper() or any(c.isdigit() for c in body):
        return None
    if KIND_TITLE.fullmatch(body):  # "Agenda and minutes" over the date: the committee's
        return None  # line lost, the page's own heading names no body
    when = plain(lines[texts[1]].text).strip()
    if not STACKED_DATE.match(when) or find_date(when) is None:
        return None
    if headed and STACKED_ITEMS.match(plain(lines[texts[2]].text).strip()):
        return texts[0], texts[1], None  # no venue printed: the items' table at once
    for n, k in enumerate(texts[2:]):
        label = VENUE.match(plain(lines[k].text).strip())
        if label is None:
            continue
        venue = label["venue"].strip()
        if not venue and 3 + n < len(texts):
            venue = plain(lines[texts[3 + n]].text).strip()
        return texts[0], texts[1], without_directions_link(venue or None)
    return None


def list_page_start(lines: list[Line], i: int) -> DocumentKind | None:
    """The page's kind when line `i` is its title line and the file's first text (under
    the page's own heading, "Agenda and minutes", if any): minutes when it records
    (content_kind.page_kind), else an agenda; None when it is no such line."""
    if mirrored_title(lines, i) is not None:  # "Agenda for X meeting, Mar 4 2012" mirrored
        return page_kind(lines[i:]) or DocumentKind.AGENDA
    above = [plain(ln.text).strip() for ln in lines[:i] if ln.text.strip()]
    heading = len(above) == 1 and bool(
        PAGE_HEADING.match(above[0]) or SYSTEM_HEADING.fullmatch(above[0])
    )  # "Agenda, decisions and minutes": the heading with the decisions added
    if i >= HEAD_LINES or (above and not heading):
        return None  # ("Agenda and minutes", the page's own heading, may stand above it)
    if _title(lines, i) is None:
        return None
    return heading_kind(above[0] if above else "") or page_kind(lines[i:]) or DocumentKind.AGENDA


def heading_kind(heading: str) -> DocumentKind | None:
    """The kind the page's own heading names alone: a system heads a page "Agenda" until
    the minutes are added ("Agenda and minutes"), so an agenda that quotes another body's
    RESOLVED recommendations under its item stays an agenda; None for any other heading."""
    word = heading.strip().lower()
    return {"agenda": DocumentKind.AGENDA, "minutes": DocumentKind.MINUTES}.get(word)


def stacked_page_kind(lines: list[Line]) -> DocumentKind | None:
    """An older page's kind when the file opens as one (the committee over the date, its
    venue label under them): minutes when it records, else an agenda; None otherwise."""
    if _stacked(lines) is None:
        return None
    return page_kind(lines) or DocumentKind.AGENDA


#: the page's table of items: "No. Item", "No. | Item |" (a table printed in pipes)
#: (the empty cells' pipes after it: "No. | Item | ||||||||")
ITEMS_HEADER = re.compile(r"^No\.?\s{0,3}\|?\s{0,3}Item(?:\s{0,3}\|){0,60}$", re.IGNORECASE)
#: the page's own heading over its venue when the committee's dated line was lost
PAGE_HEADING = re.compile(r"^(?:agenda(?:\s+and\s+minutes)?|minutes|meeting\s+documents)$", re.I)
#: Lines with text at a headless page's head searched for the venue and the items' header
HEADLESS_LINES = 6


def headless_page(lines: list[Line]) -> bool:
    """Whether the text is a page printed without its title line (the heading left out of
    the print): it opens with the venue label (under the page's heading, if any), the
    items' header ("No. Item") within HEADLESS_LINES lines with text. Such a page names no
    body and no date: the items' titles under the header ("Budget Meeting 19 February
    2021") are other meetings'."""
    texts = _first_texts(lines, HEADLESS_LINES)
    if texts and PAGE_HEADING.match(plain(lines[texts[0]].text).strip()):
        texts = texts[1:]  # "Agenda and minutes" over the venue: the page's own heading
    if not texts or not VENUE.match(plain(lines[texts[0]].text).strip()):
        return False
    return any(ITEMS_HEADER.match(plain(lines[k].text).strip()) for k in texts[1:])


def headless_page_kind(lines: list[Line]) -> DocumentKind | None:
    """A headless page's kind: minutes when it records, else an agenda; None when the text
    is no such page."""
    if not headless_page(lines):
        return None
    return page_kind(lines) or DocumentKind.AGENDA


def list_page_opening(lines: list[Line]) -> Opening | None:
    """The meeting the page opens with: the committee, date and start time on its title
    line, the venue on the "Venue:" line under it."""
    for i in range(min(len(lines), HEAD_LINES)):
        mirrored = mirrored_title(lines, i)
        if mirrored is not None:
            venue = _venue_under(lines, i)
            return Opening(mirrored.body, mirrored.date, mirrored.time, venue, lines[i].number)
        match = _title(lines, i)
        if match is None:
            continue
        date = find_date(match["when"])
        if date is None:
            return None
        venue = _venue_under(lines, i)
        body = _body(match["body"].strip(), venue)
        return Opening(body, date, find_time(match["when"]), venue, lines[i].number)
    stacked = _stacked(lines)
    if stacked is None:
        return None
    body_at, when_at, venue = stacked
    when = plain(lines[when_at].text)
    date = find_date(when)
    if date is None:
        return None
    body = KIND_PREFIX.sub("", plain(lines[body_at].text).strip(), count=1)
    return Opening(body, date, find_time(when), venue, lines[body_at].number)
