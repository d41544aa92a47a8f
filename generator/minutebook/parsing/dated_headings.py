"""A web page's own heading: the meeting's name over a line holding only its date.

A council's or an authority's web page of an agenda or minutes heads the paper with the
meeting's name, then its date (and time) alone on the next line, before the notice or the
minutes themselves:

    Full Harbour Board Meeting

    Tuesday 4 March 2014

    A meeting of the Kelbridge Harbour Board will be held on ...

The paper is titled from its meeting ("Agenda: Kelbridge Harbour Board, 4 March 2014"),
which loses the heading the page printed; it is kept as the paper's own heading ("Full
Harbour Board Meeting, Tuesday 4 March 2014"), so the paper can be found by it too. Only
a short title line with no date of its own counts, among the first lines, right over a
line that is nothing but a date and a time; a heading whose words the title already holds
says nothing else and is not kept.
"""

from __future__ import annotations

import itertools
import re

from ..dates import DATE_PHRASE, TIME_PHRASE, find_date
from ..model import Part
from .text import plain

#: Non-blank lines of the opening searched for the title
HEAD_LINES = 4
#: Longest title line
MAX_TITLE = 80
#: what a date-only line may hold besides its date and time: a weekday, "at", commas
DATE_LINE_REST = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|at|from|to|[\s,.:–—-])*", re.IGNORECASE
)
#: a title line: capitalised words, no sentence, no label
TITLE = re.compile(r"[A-Z][\w'’&()/ -]{1,79}")
#: a line naming only the kind of paper: the title made from the meeting says it already
KIND_ONLY = re.compile(
    r"(?:(?:draft\s)?(?:agenda|minutes|notes)|notice\sof\s(?:the\s)?meeting|summons)",
    re.IGNORECASE,
)


def dated_title_heading(part: Part) -> str | None:
    """The page's heading "<title>, <date line>" when a title line stands right over a
    line holding only the date (see the module's docstring); else None."""
    head = [plain(line.text[:200]).strip() for line in part.lines if line.text.strip()]
    head = head[:HEAD_LINES]
    for title, below in itertools.pairwise(head):
        if _date_only(below) and _title_line(title):
            heading = f"{title}, {below}"
            return None if _words(heading) <= _words(part.title) else heading
    return None


def _date_only(text: str) -> bool:
    """Whether the line is a date, with at most its weekday and a time beside it."""
    if find_date(text) is None:
        return False
    rest = TIME_PHRASE.sub(" ", DATE_PHRASE.sub(" ", text))
    return DATE_LINE_REST.fullmatch(rest) is not None


def _title_line(text: str) -> bool:
    if len(text) > MAX_TITLE or TITLE.fullmatch(text) is None or KIND_ONLY.fullmatch(text):
        return False
    return find_date(text) is None


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - {"of", "the", "and", "to"}
