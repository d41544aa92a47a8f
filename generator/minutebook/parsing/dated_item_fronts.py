"""An agenda that is only a title, the meeting's date and time, and its numbered items.

A council's web page for a meeting, and a committee system's "Meeting Details" page,
print neither "AGENDA" nor "To receive": the body or meeting, a line giving the date
with the time, perhaps the venue or a section's label, then the business, one bare
numbered heading a line:

    Harbour Council

    Date: Thursday, 4 Mar 2021 Time: 7:30 PM

    1.  Apologies
    2.  Declarations of Interest
    3.  Appointments to Committees (report attached)

Read as nothing (or, from an item's "report attached", as a report), the agenda lost its
meeting and items. A short title, a dated line holding a time, and items numbered 1, 2
and 3 in order just below it, each a short heading rather than a sentence, with nothing
in the text recording a meeting: that is a meeting's agenda. Returns False otherwise.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Line
from .content_kind import record_evidence

#: a time of day: "8:30 PM", "18:00", "7.30pm", "10 a.m." (not "26.03", a date's figures)
TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:\.\d{2})?\s?[ap]\.?m\b", re.IGNORECASE)
#: a bare numbered heading: "1.  Apologies", "2 Declarations of interest", "3) Minutes",
#: "Item 4: Petitions" (a web page's items), "Agenda 1. Apologies" (the heading run on)
ITEM = re.compile(
    r"(?:(?i:agenda)\s{1,3})?(?:(?i:item)\s{1,3})?(?P<number>\d{1,2})[.):]?\s{1,6}(?P<title>[A-Z(].{1,118})"
)
#: Longest title heading the page, and longest dated line
TITLE_CHARS = 100
DATE_LINE_CHARS = 120
#: Non-blank lines below the title searched for the dated line
DATE_REACH = 4
#: Non-blank lines below the dated line searched for items 1, 2 and 3
ITEM_REACH = 10
#: Items numbered in order from 1 that make the run an agenda's business
ITEMS = 3


def dated_item_front(lines: list[Line]) -> bool:
    """Whether the text is an agenda of a title, a dated line with a time and bare
    numbered items 1, 2, 3 below it (see the module), recording nothing."""
    head = [line.text.strip().strip("*#_ ") for line in lines if line.text.strip()]
    head = head[: 1 + DATE_REACH + ITEM_REACH]
    if not head or not _title(head[0]):
        return False
    for k in range(1, min(len(head), 1 + DATE_REACH)):
        text = head[k]
        if len(text) <= DATE_LINE_CHARS and TIME.search(text) and find_date(text):
            return _items_follow(head[k + 1 : k + 1 + ITEM_REACH]) and not record_evidence(lines)
    return False


def _title(text: str) -> bool:
    """A short heading, no sentence, no number first and no report's own title."""
    return (
        len(text) <= TITLE_CHARS
        and not text.endswith((".", ",", ":"))
        and not text[:1].isdigit()
        and "report" not in text.lower()
    )


def _items_follow(texts: list[str]) -> bool:
    """Whether items 1, 2 and 3 stand in order among the texts, each a heading (no
    sentence's full stop closing it)."""
    wanted = 1
    for text in texts:
        match = ITEM.fullmatch(text)
        if match is None or int(match["number"]) != wanted:
            continue
        if match["title"].rstrip().endswith("."):
            return False
        wanted += 1
        if wanted > ITEMS:
            return True
    return False
