"""A host's title for the file, read as a paper of its own above the paper it names.

A document host prints its own title for the file above its controls ("Ards Borough
Council a G E N", then "Total Page:16"; see `host_furniture`), and a committee system
names the file it published ("(Public Pack)Agenda Document for Fenby Panel, 17/06",
cut short before the year). That title stays the paper's first line, but when no opening
is recognised on it, the splitter read it as a paper of its own, of kind "other", and
the paper beneath began after it. A first paper made of such lines alone is the title of
the paper beneath: the two are one paper, opening on the host's line.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import DocumentKind, Furniture, Line, Part

#: A committee system's name for a published file: "(Public Pack)Agenda Document for X,
#: 16/03/2018 10:00", "Minutes Document for X, 17/06" (a title cut short)
SYSTEM_DOCUMENT_TITLE = re.compile(
    r"(?:\(Public[ \t]Pack\)[ \t]?)?(?:Agenda|Minutes|Decisions?)[ \t]Document[ \t]for[ \t]"
    r"[^\n]{3,150}",
    re.IGNORECASE,
)
#: Most non-blank lines of a host's title
MAX_TITLE_LINES = 2


#: The meeting's date and time closing such a title: ", 26/05/2016 16:30"
TITLE_WHEN = re.compile(
    r",\s*(?P<day>\d{2})/(?P<month>\d{2})/(?P<year>\d{4})\s+(?P<hour>\d{2}):(?P<minute>\d{2})\b"
)
#: Non-blank lines of a paper's head where a committee system's title may stand
TITLE_REACH = 2


def system_title_time(lines: list[Line], date: dt.date | None) -> dt.time | None:
    """The meeting's time a committee system's title for the file gives ("(Public
    Pack)Minutes Document for Council, 26/05/2016 16:30"), when its date is the meeting's;
    None when the paper's head prints no such title."""
    heads = [line.text.strip() for line in lines if line.text.strip()][:TITLE_REACH]
    for text in heads:
        found = TITLE_WHEN.search(text[:200]) if SYSTEM_DOCUMENT_TITLE.match(text) else None
        if found is None:
            continue
        day, month, year = int(found["day"]), int(found["month"]), int(found["year"])
        hour, minute = int(found["hour"]), int(found["minute"])
        try:
            printed, time = dt.date(year, month, day), dt.time(hour, minute)
        except ValueError:
            return None  # "31/02/2016 25:00": no date or time
        return time if printed == date else None
    return None


def system_document_title(text: str) -> bool:
    """Whether a (stripped) line is a committee system's name for the file it published."""
    return SYSTEM_DOCUMENT_TITLE.fullmatch(text) is not None


def host_title_above_controls(line: Line, furniture: list[Furniture]) -> bool:
    """Whether a line stands above the host's controls at the file's head (the title
    `host_furniture` keeps as the paper's first line)."""
    controls = [f.line.number for f in furniture if f.rule == "host-furniture"]
    return bool(controls) and line.number < max(controls)


def host_title_only(paper: Part, furniture: list[Furniture]) -> bool:
    """Whether a paper of no recognised kind is a host's title alone (see the module)."""
    if paper.kind is not DocumentKind.OTHER:
        return False
    texts = [line for line in paper.lines if line.text.strip()]
    if not texts or len(texts) > MAX_TITLE_LINES:
        return False
    return all(
        host_title_above_controls(line, furniture)
        or system_document_title(line.text.strip().strip("*#_ "))
        for line in texts
    )


def join_host_title(papers: list[Part], furniture: list[Furniture]) -> list[Part]:
    """The papers, with a first paper that is a host's title alone joined to the paper
    beneath it."""
    if len(papers) < 2 or not host_title_only(papers[0], furniture):
        return papers
    papers[1].lines = [*papers[0].lines, *papers[1].lines]
    return papers[1:]
