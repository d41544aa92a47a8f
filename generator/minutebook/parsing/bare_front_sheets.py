"""An agenda's front sheet whose labels were lost: the values stand alone on their lines.

A committee system's front sheet prints "Agenda", "To:", "Date:", "Time:" and "Venue:" in
a column its text copy may drop, leaving only the values under the body's name:

    Fenby Area Committee

    Councillors Ann Reid (Chair), Ben Moss and Carl Lowe.

    Tuesday 8th March 2022

    2.00 pm

    Remote meeting held via Microsoft Teams

The body's name heads the sheet, a date stands alone on a line with a time alone on the
next: that is a meeting called, and the paper is its agenda, when nothing in the text
records a meeting (who attended, what was decided). The reader returns False otherwise.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Line
from ..vocabulary import WEEKDAY_NAME
from .content_kind import record_evidence
from .openings import BODY_NOUN

#: a date alone on its line: "Friday 25th June 2021", "25 June 2021"
DATE_ALONE = re.compile(
    r"(?:" + WEEKDAY_NAME + r",?\s{1,3})?\d{1,2}(?:st|nd|rd|th)?\s{1,3}"
    r"[A-Za-z]{3,9},?\s{1,3}\d{4}",
    re.IGNORECASE,
)
#: a time alone on its line: "2.00 pm", "10:30am", "7.30 p.m."
TIME_ALONE = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?", re.IGNORECASE)
#: Non-blank lines of the opening searched for the date
OPENING_LINES = 8
#: Longest line that is a body's name heading the sheet
TITLE_CHARS = 100


def labels_lost_front_sheet(lines: list[Line]) -> bool:
    """Whether the text opens as a front sheet whose labels were lost (see the module):
    the body's name first, then a date alone over a time alone, and no record's evidence."""
    head = [line.text.strip().strip("*#_ ") for line in lines if line.text.strip()]
    head = head[:OPENING_LINES]
    if not head or not _body_name(head[0]):
        return False
    for k, text in enumerate(head[1:-1], start=1):
        if DATE_ALONE.fullmatch(text) and find_date(text) and TIME_ALONE.fullmatch(head[k + 1]):
            return not record_evidence(lines)
    return False


def _body_name(text: str) -> bool:
    """A short line naming a body, no sentence and no number first ("Fenby Area Committee")."""
    return (
        len(text) <= TITLE_CHARS
        and BODY_NOUN.search(text) is not None
        and not text.endswith(".")
        and not text[:1].isdigit()
        and ":" not in text
    )
