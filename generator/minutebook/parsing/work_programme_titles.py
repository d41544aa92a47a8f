"""A work programme bound into a pack: its title names the programme, a table follows.

Committees review the business planned for their coming meetings as a table titled
with the programme's name and its year, not a date: "Overview and Scrutiny Committee
Work Programme 2022/23", "Scrutiny Annual Work Programmes 2022/23", "Forward Work
Plan 2024-25" (North East Derbyshire, Enfield, Tower Hamlets, Cherwell), over a header
row "Meeting date / Item / Lead officer". Only a title dated "– 18 December 2024" opened
a work programme, so such a table was read as the end of the report above it. A short
title naming a work programme or plan, with such a header row within a few lines under
it, opens one; an agenda item ("8. Work Programme 2022/23") or a sentence ("To note the
work programme") has no header row under it, or starts with its number.
"""

from __future__ import annotations

import re

#: "Overview and Scrutiny Committee Work Programme 2022/23", "FORWARD WORK PLAN",
#: "Draft Work Programme 2024-25": a title of a few words naming the programme
TITLE = re.compile(
    r"[A-Z][\w&,'’() /-]{0,100}?\bwork[ \t]+(?:programme|plan)s?\b[\w&,'’() /–-]{0,40}"
    r"|work[ \t]+(?:programme|plan)s?\b[\w&,'’() /–-]{0,40}",
    re.IGNORECASE,
)
#: the words a work programme's header row names its columns with
HEADER_WORDS = re.compile(
    r"(?:date\s+of\s+)?meeting(?:\s+date)?|date|items?|topics?|subject|title|report(?:\s+title)?"
    r"|(?:lead|responsible|contact)(?:\s+officer)?|officer|author|purpose|status|notes?|comments?"
    r"|format|outcome|committee|description|timing|month",
    re.IGNORECASE,
)
#: how a converted table's cells are separated: a tab, a bar, or two spaces or more
CELLS = re.compile(r"\t+|[ \t]*\|[ \t]*|[ \t]{2,}")
#: Most words of a title (a sentence is longer)
TITLE_WORDS = 14
#: Non-blank lines under a title searched for the table's header row
HEADER_REACH = 3
#: Longest line read as a title or a header row
LINE_CHARS = 200


def header_row(text: str) -> bool:
    """Whether a line is a work programme table's header: two cells or more, each a
    column's name ("Meeting date", "Item", "Lead officer")."""
    text = text.strip().strip("|*_ ")
    if not text or len(text) > LINE_CHARS:
        return False
    cells = [c.strip("*_ ") for c in CELLS.split(text) if c.strip("*_ ")]
    return len(cells) >= 2 and all(HEADER_WORDS.fullmatch(c) for c in cells)


def programme_title(text: str) -> bool:
    """Whether a line is a work programme's title (not an item's numbered line)."""
    text = text.strip().strip("*#_ ")
    return (
        0 < len(text) <= LINE_CHARS
        and len(text.split()) <= TITLE_WORDS
        and not text.endswith(".")
        and TITLE.fullmatch(text) is not None
    )


def titled_programme(texts: list[str]) -> bool:
    """Whether non-blank lines open a work programme: its title, then its header row."""
    return (
        bool(texts)
        and programme_title(texts[0])
        and any(header_row(t) for t in texts[1 : 1 + HEADER_REACH])
    )
