"""A committee system's page for one decision ("Decision details"), printed to text.

ModernGov publishes each decision on a page of its own: the decision's title, then fields
("Decision Maker: Cabinet", "Decision status: Recommendations Approved", "Is Key
decision?: No", "Is subject to call in?: Yes"), the decision itself, its reasons and
alternatives, and the dates ("Date of decision: 18/07/2024", "Decided at meeting:
18/07/2024 - Overview and Scrutiny Committee") (Cherwell, South Holland, Chorley). The page
records what a meeting decided, as an issue's page does, so it is that meeting's record;
with no paper's opening on it, it was published as unrecognised full text. Each reader
returns None when the page is not laid out so.
"""

from __future__ import annotations

import re

from ..dates import date_of_groups
from ..model import Line
from .openings import Opening
from .text import plain

#: the fields only a decision's page prints in its head
MAKER = re.compile(r"^Decision\s+Maker\s*:", re.IGNORECASE)
STATUS = re.compile(r"^Decision\s+status\s*:", re.IGNORECASE)
#: "Decided at meeting: 18/07/2024 - Overview and Scrutiny Committee": the meeting that took
#: the decision, its date as the system prints it (day first)
DECIDED_AT = re.compile(
    r"^Decided\s+at\s+meeting\s*:\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"
    r"\s*[-–]\s*(?P<body>[A-Z][^\n]{2,150}?)\s*$"
)
#: Lines of the page's head searched for its fields
HEAD_LINES = 30
#: Lines of the page searched for the meeting that decided (the dates close the page)
PAGE_LINES = 400


def decision_page(lines: list[Line]) -> bool:
    """Whether a file is a decision's page: "Decision Maker:" and "Decision status:" in its
    head."""
    head = [plain(line.text).strip() for line in lines[:HEAD_LINES]]
    return any(MAKER.match(t) for t in head) and any(STATUS.match(t) for t in head)


def decision_page_opening(lines: list[Line]) -> Opening | None:
    """The meeting a decision's page records: its "Decided at meeting:" line's committee and
    date (the page prints no time or place); None on any other paper, and on an officer's
    decision taken at no meeting."""
    if not decision_page(lines):
        return None
    for line in lines[:PAGE_LINES]:
        match = DECIDED_AT.match(plain(line.text).strip())
        if match is None:
            continue
        date = date_of_groups(match)
        if date is None:
            return None
        return Opening(match["body"].strip(), date, None, None, line.number)
    return None


#: the page's own heading over the decision's title
PAGE_HEADING = re.compile(r"^Decision\s+details$", re.IGNORECASE)
#: Non-blank lines between the decision's title and its "Decision Maker:" field
TITLE_REACH = 2
#: Longest title read
TITLE_CHARS = 250


def decision_title(lines: list[Line], i: int) -> str | None:
    """The decision's title when line `i` prints it: the page's one record, just above its
    "Decision Maker:" field (the page's heading "Decision details" is no title); None
    elsewhere and on any other paper."""
    title = plain(lines[i].text).strip()
    if not title or len(title) > TITLE_CHARS or PAGE_HEADING.match(title) or title.endswith(":"):
        return None
    seen = 0
    for k in range(i + 1, min(len(lines), i + 1 + 4 * TITLE_REACH)):
        text = plain(lines[k].text).strip()
        if not text:
            continue
        if MAKER.match(text):
            return title if decision_page(lines) else None
        seen += 1
        if seen >= TITLE_REACH:
            return None
    return None
