"""A committee named alone in a front sheet, whose parent body the sheet's text names.

A front sheet may name its meeting by the committee alone ("Meeting: Transport
Committee") under no letterhead, while its standing text says whose committee it is:
"Meetings of the Kelbridge Assembly and its Committees are webcast live", "Westmere
Borough Council and its committees meet in public". That body is the committee's
authority ("Kelbridge Assembly Transport Committee"), as a letterhead above it would be.
Only a name of two to six capitalised words that names more than a kind of body counts
("the Council and its committees" says nothing of whose), and only when the text names
one such body.
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain
from .text_named_bodies import KIND_WORDS as BODY_KIND_WORDS

#: "<Parent Name> and its Committees", "<Parent Name> and its sub-committees"
PARENT = re.compile(
    r"(?<!\band\s)(?<!&\s)(?P<parent>[A-Z][A-Za-z'’-]{1,30}(?:\s[A-Z][A-Za-z'’-]{1,30}){1,5})"
    r"\s+and\s+its\s+(?:[Ss]ub-)?[Cc]ommittees\b"
)
#: a body named by its committee: "Transport Committee", "Audit Sub-Committee"
COMMITTEE = re.compile(r"\b(?:sub-)?committee$", re.IGNORECASE)
#: Words that say only what kind of body a name is, never whose
KIND_WORDS = frozenset(
    (
        "the", "full", "council", "authority", "borough", "district", "county", "city",
        "town", "parish", "metropolitan", "cabinet", "executive", "board", "combined",
        "fire", "police",
    )
) | BODY_KIND_WORDS  # fmt: skip
#: Lines of the paper searched, and characters of each
SEARCHED_LINES = 80
LINE_CHARS = 3000


def committee_parent(lines: list[Line], body: str) -> str | None:
    """The body whose committee `body` is, when `body` is a committee named alone and the
    paper's text names one parent "<X> and its Committees" (see the module's docstring);
    else None. A name that "and" or "&" runs into ("Police and Crime Panel") is never cut
    to its last words."""
    if not COMMITTEE.search(body.strip()):
        return None
    parents = set()
    for line in lines[:SEARCHED_LINES]:
        for match in PARENT.finditer(plain(line.text[:LINE_CHARS])):
            words = match["parent"].split()
            if words[0].lower() == "the":  # "The Kelbridge Assembly and its ..."
                words = words[1:]
            if len(words) >= 2 and any(w.lower() not in KIND_WORDS for w in words):
                parents.add(" ".join(words))
    if len(parents) != 1:
        return None
    parent = parents.pop()
    return None if parent.lower() in body.lower() else parent
