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

A page may also print the meeting's name and its date on one line, its first, as its
title: "Annual Meeting of the Kelbridge Harbour Board 4th March 2014", "Extraordinary
Harbour Board Meeting – 4 March 2014". That line, naming a meeting and ending with the
date (and a time), is the paper's heading too.
"""

from __future__ import annotations

import itertools
import re

from ..dates import DATE_PHRASE, TIME_PHRASE, find_date
from ..model import Part
from ..vocabulary import WEEKDAY_NAME
from .text import plain

#: Non-blank lines of the opening searched for the title
HEAD_LINES = 4
#: Longest title line
MAX_TITLE = 80
#: what a date-only line may hold besides its date and time: a weekday, "at", commas
DATE_LINE_REST = re.compile(r"(?:" + WEEKDAY_NAME + r"|at|from|to|[\s,.:–—-])*", re.IGNORECASE)
#: a title line: capitalised words, no sentence, no label
TITLE = re.compile(r"[A-Z][\w'’&()/ -]{1,79}")
#: a line naming only the kind of paper: the title made from the meeting says it already
KIND_ONLY = re.compile(
    r"(?:(?:draft\s)?(?:agenda|minutes|notes)|notice\sof\s(?:the\s)?meeting|summons)",
    re.IGNORECASE,
)


def dated_title_heading(part: Part) -> str | None:
    """The page's heading "<title>, <date line>" when a title line stands right over a
    line holding only the date, or its first line naming a meeting and its date (see the
    module's docstring); else None."""
    head = [plain(line.text[:200]).strip() for line in part.lines if line.text.strip()]
    head = head[:HEAD_LINES]
    if head and meeting_and_date(head[0]):
        return None if _words(head[0]) <= _words(part.title) else head[0]
    for title, below in itertools.pairwise(head):
        if _date_only(below) and _title_line(title):
            heading = f"{title}, {below}"
            return None if _words(heading) <= _words(part.title) else heading
    return None


#: a weekday between a page title's name and its date
WEEKDAY_END = re.compile(r"\b" + WEEKDAY_NAME + r"$", re.IGNORECASE)
#: separators between a page title's name and its date
SEPARATORS = " ,–—-"
#: the word that makes a page title name a meeting: "Meeting", "AGM"
MEETING_WORD = re.compile(r"\b(?:meeting|agm)\b", re.IGNORECASE)
#: a verb that makes the line a sentence ("A meeting ... will be held on D"), no title
SENTENCE_VERB = re.compile(r"\b(?:held|will|was|were|is|are|be|takes?|took)\b", re.IGNORECASE)


def meeting_and_date(text: str) -> bool:
    """Whether a line is a page's title naming a meeting, then its date and perhaps a time
    ("Annual Meeting of the Kelbridge Harbour Board 4th March 2014 7.00 pm")."""
    date = DATE_PHRASE.search(text)
    if date is None or not _date_only(text[date.start() :]):
        return False
    name = text[: date.start()].rstrip(SEPARATORS)
    name = WEEKDAY_END.sub("", name).rstrip(SEPARATORS)
    if SENTENCE_VERB.search(name) or not MEETING_WORD.search(name):
        return False
    return _title_line(name)


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
