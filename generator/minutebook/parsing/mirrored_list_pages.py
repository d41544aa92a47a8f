"""A committee system's meeting page as a council-data site mirrored it.

Sites that gathered councils' open data copied each meeting's page of the committee
system and printed it under their own lines: the council's name alone with a colon, then
one line naming the paper, the committee and when it met, the date month first:

    Fenby Council:
    Agenda for Licensing Committee meeting, Mar 4 2012, 10.00AM official page
    Other committee documents for Fenby Council :: Licensing Committee details
    Venue: Council Chamber, Town Hall, Fenby. View directions

The items' table follows as on the system's own page. The kind the line names is the
mirror's label for any paper of the meeting ("Minutes for" over an agenda's items), so
the kind is read from the page as for the system's own pages. The body is the council
and the committee together.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import find_date, find_time
from ..model import Line
from .text import plain

#: "Agenda for Licensing Committee meeting, Mar 4 2012, 10.00AM official page"
TITLE = re.compile(
    r"^(?:Agenda|(?:Draft\s+)?Minutes|Decisions)\s+for\s+(?P<body>[A-Z][^\n]{1,150}?)\s+meeting,"
    r"\s(?P<month>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2}),?\s(?P<year>(?:19|20)\d\d)"
    r"(?:,?\s(?P<time>\d{1,2}(?:[.:]\d\d)?\s?(?:AM|PM)))?(?:\s+official\s+page)?$",
    re.IGNORECASE,
)
#: The council's name alone over the title line: "Fenby Council:"
OWNER = re.compile(r"^(?P<owner>[A-Z][^:\n]{2,80}?)\s?:$")
#: Lines of a file's head searched for the title line
HEAD_LINES = 4


@dataclass(frozen=True)
class MirroredTitle:
    """The meeting the mirror's title line names, and where that line is."""

    body: str
    date: dt.date
    time: dt.time | None
    index: int


def mirrored_title(lines: list[Line], i: int) -> MirroredTitle | None:
    """The title line at `i`, under nothing but the council's name line; None otherwise."""
    if i >= HEAD_LINES:
        return None
    match = TITLE.match(plain(lines[i].text).strip())
    if match is None:
        return None
    date = find_date(f"{match['day']} {match['month']} {match['year']}")
    if date is None:
        return None
    above = [plain(ln.text).strip() for ln in lines[:i] if ln.text.strip()]
    owner = OWNER.match(above[0]) if len(above) == 1 else None
    if above and owner is None:
        return None
    body = match["body"].strip()
    if owner is not None and not body.lower().startswith(owner["owner"].lower()):
        body = f"{owner['owner']} {body}"
    time = find_time(match["time"]) if match["time"] else None
    return MirroredTitle(body, date, time, i)
