"""Minutes whose headings are plain titles over paragraphs the paper numbers, a blank line
between each title and its first paragraph.

Some host authorities print a panel's or committee's minutes so: a title in plain type
with no number ("Declarations of Interest"), a blank line, then the first paragraph with
the number that runs through the body's year ("37. In accordance with the code of
conduct, members declared ..."); the paper cites those numbers as its minutes ("see
minute 41 below"). Text converted from such a page leaves every printed line between
blank lines, so each short line (a member's name, a table's row) would look like a title
of its own; only the titles with a numbered paragraph under them head minutes, each
numbered as its first paragraph. Read only in minutes where no numbered heading was
found, and only where the paragraphs' numbers rise from title to title (a list numbered
afresh under each title never qualifies).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..model import Line
from .minute_headings import (
    ATTENDANCE_LABEL,
    CLOSING_WORD,
    DECISION_WORD,
    SECTION_LABEL,
    MinuteHeading,
    looks_like_sentence,
    looks_like_title,
)
from .text import plain

#: a numbered paragraph opening with its sentence: "37. In accordance with ..."
PARAGRAPH = re.compile(r"^(?P<number>\d{1,4})\.[ \t]+(?P<text>[A-Z\"'‘“].{0,400})$")
#: most blank lines between a title and its first paragraph
MAX_GAP = 3


def _title_over_paragraph(lines: list[Line], i: int) -> MinuteHeading | None:
    """The title at line `i` numbered as the paragraph under it, when a plain unindented
    title with blank lines (or nothing) above stands over a numbered sentence, only blank
    lines between."""
    raw = lines[i].text
    if not raw.strip() or raw[:1] in (" ", "\t") or (i > 0 and lines[i - 1].text.strip()):
        return None
    title = plain(raw.replace("**", "")).strip()
    if title[:1].isdigit() or ATTENDANCE_LABEL.match(title):
        return None
    if DECISION_WORD.match(title) or CLOSING_WORD.match(title) or SECTION_LABEL.match(title):
        return None
    below = next(
        (k for k in range(i + 1, min(len(lines), i + 2 + MAX_GAP)) if lines[k].text.strip()), None
    )
    if below is None or below == i + 1:
        return None  # the title's own wrapped line, or a paragraph's: no blank line between
    paragraph = PARAGRAPH.match(plain(lines[below].text).strip())
    if paragraph is None or not looks_like_sentence(paragraph["text"]):
        return None
    if not looks_like_title(title):
        return None
    return MinuteHeading(i, paragraph["number"], title, None, certain=False)


def titles_over_numbered_paragraphs(lines: list[Line], first: int) -> list[MinuteHeading]:
    """The titles from line `first` on that head numbered paragraphs; [] unless their
    paragraphs' numbers rise from each to the next."""
    found = [h for k in range(first, len(lines)) if (h := _title_over_paragraph(lines, k))]
    if found and _resolutions_numbered(lines, first):
        return []  # "1. RESOLVED that ...", "2. RESOLVED that ...": the decisions' numbers
    numbers = [int(h.number or 0) for h in found]
    if any(b <= a for a, b in pairwise(numbers)):
        return []
    return found


def _resolutions_numbered(lines: list[Line], first: int) -> bool:
    """Whether every numbered paragraph from line `first` on opens with a decision's
    formula ("1. RESOLVED that Councillor A be appointed Mayor"): a council numbering its
    resolutions through the meeting, under titles that carry no number."""
    numbered = [
        paragraph["text"]
        for line in lines[first:]
        if (paragraph := PARAGRAPH.match(plain(line.text).strip()))
    ]
    return bool(numbered) and all(DECISION_WORD.match(text) for text in numbered)
