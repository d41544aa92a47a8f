"""The heading an agenda or a record prints for itself, naming what kind of paper it is.

An agenda or minutes is titled from its meeting ("Agenda: Wyke Parish Council, 8 March
2022"), but the paper may head itself otherwise: "Notice of Meeting", "COUNCIL SUMMONS", a
committee system's "Agenda and minutes" page. That heading is kept as the paper's own
(`Part.heading`), so the paper can be found by it too. Only a first line that names such
a kind of paper counts (alone, or running on into the summons it heads when a page was
flattened: "Notice of Meeting I hereby summon you to attend ..."), or a record's own title
line under its letterhead, undated ("Minutes of the Meeting of the Full Wyke Town
Council", "Minutes of Proceedings"). A committee system's "Agenda and minutes" keeps the
meeting line it heads ("Licensing Panel - Thursday, 3rd June, 2021 2.00 pm"), as the page
heads itself. A heading whose words the title already holds ("AGENDA", "Minutes of the
Planning Committee") says nothing else and is not kept.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Part
from ..vocabulary import WEEKDAY_NAME
from .held_titles import held_title
from .text import plain

#: "Notice of Meeting", "NOTICE OF THE MEETING", "Council Summons", "Summons to attend",
#: "Agenda and minutes", "Agenda and decisions", "Agenda, decisions and minutes", "Agenda
#: and draft minutes"
KIND_TITLE = re.compile(
    r"(?P<title>notice\s+of\s+(?:the\s+)?meeting|(?:[A-Za-z]{2,20}\s+){0,2}summons"
    r"(?:\s+to\s+attend)?|agenda(?:,\s+decisions)?\s+and\s+(?:draft\s+)?(?:minutes|decisions))"
    r"(?=$|\s+(?:i\s+hereby|you\s+are|members\s+of|notice\s+is)\b)",
    re.IGNORECASE,
)
#: Characters of the first line a kind title is sought in
HEAD_CHARS = 200


#: a record's or an agenda's title line: "Minutes of the Meeting of the Full X Council",
#: "DRAFT Minutes of the Meeting of X" (a record not yet approved says so first), "Minutes
#: of Proceedings" (under the body's name, the meeting's sentence below); a Scottish
#: record's "Minute of the Meeting of X", in the singular
PAPER_TITLE = re.compile(
    r"(?:(?:draft|unconfirmed|unapproved)\s+)?(?:(?:minutes?|agenda)\s+of\s+(?:the|a|an)\s+.{3,90}"
    r"|minutes\s+of\s+proceedings(?:\s+of\s+.{3,90})?)",
    re.IGNORECASE,
)
#: a committee system's meeting line under its page heading: "Licensing Panel -
#: Thursday, 3rd June, 2021 2.00 pm" (a short flag the host prints after it, ", NEW", is
#: no part of it)
MEETING_LINE = re.compile(
    r"(?P<line>[A-Z][^\n]{2,150}?\s[-–]\s" + WEEKDAY_NAME + r",?\s"
    r"\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]{3,9},?\s(?:19|20)\d\d"
    r"(?:,?\s\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.))?)(?:,\s?[A-Za-z]{1,12})?",
    re.IGNORECASE,
)
#: a committee system's page heading, over its meeting line
PAGE_KIND = re.compile(
    r"agenda(?:,\s+decisions)?\s+and\s+(?:draft\s+)?(?:minutes|decisions)", re.IGNORECASE
)
#: Non-blank lines of the opening searched for a record's title line (under its letterhead)
TITLE_LINES = 4


def printed_kind_title(part: Part) -> str | None:
    """The paper's own heading when it says what its title does not: the first line naming
    its kind ("Notice of Meeting" over an agenda titled by its meeting), or an undated
    title line of the opening; else None."""
    head = [plain(line.text[:HEAD_CHARS]).strip() for line in part.lines if line.text.strip()]
    head = head[:TITLE_LINES]
    match = KIND_TITLE.match(head[0]) if head else None
    title = match["title"] if match else next((t for t in head if _undated_title(t)), None)
    title = title or next(filter(None, map(held_title, head)), None)  # "... held on D"
    if title is None or _words(title) <= _words(part.title):
        return None
    return page_heading(title, head[1:2]) or title


def page_heading(title: str, below: list[str]) -> str | None:
    """A committee system's page heading with the meeting line it stands over ("Agenda
    and minutes" over "Licensing Panel - Thursday, 3rd June, 2021 2.00 pm"): together
    they are how the page heads itself ("Agenda and minutes, Licensing Panel -
    Thursday, 3rd June, 2021 2.00 pm"); None for any other heading or line."""
    if not PAGE_KIND.fullmatch(title) or not below:
        return None
    line = MEETING_LINE.fullmatch(below[0])
    if line is None or find_date(line["line"]) is None:
        return None
    return f"{title}, {line['line']}"


def _undated_title(text: str) -> bool:
    """A record's or agenda's title line that names no date ("Minutes of the Meeting of
    the X"): a dated one is the meeting's sentence, which the title already says."""
    return PAPER_TITLE.fullmatch(text) is not None and find_date(text) is None


def after_kind_title(text: str) -> str:
    """A line without the kind title it opens with when a notice runs on after it on the
    same line ("Notice of Meeting I hereby summon you ..." -> "I hereby summon you ...");
    the line itself otherwise."""
    match = KIND_TITLE.match(text[:HEAD_CHARS])
    return text[match.end() :].lstrip() if match and match.end() < len(text) else text


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) - {"of", "the", "and", "to"}
