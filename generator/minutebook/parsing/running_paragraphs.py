"""Minutes whose paragraphs are numbered through the whole meeting, each minute headed by
a plain title with no number of its own.

Scottish boards (national park authorities, health boards) print their minutes so: a
title in plain type ("Matters Arising") over paragraph "3. Mairi Stewart reported ...",
the paragraph numbers running on from minute to minute ("1." ... "10.") rather than
restarting under each title. Read by the numbered forms, a paragraph's number would head
a minute of its own ("8. The Board approved ..."); `titles_over_running_paragraphs`
reads the titles instead, and only when several of them sit over paragraphs whose numbers
keep rising, so a numbered list under one heading never qualifies.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..model import Line
from .minute_headings import (
    CLOSING_WORD,
    DECISION_WORD,
    SECTION_LABEL,
    MinuteHeading,
    looks_like_title,
)
from .text import plain

#: a numbered paragraph opening with its sentence: "3. Mairi Stewart reported that ..."
PARAGRAPH = re.compile(r"^(?P<number>\d{1,3})\.[ \t]+(?P<text>[A-Z\"'‘“].*)$")
#: fewest titles over running paragraphs that show the minutes are printed so
MIN_TITLES = 3


def _title_over_paragraph(lines: list[Line], i: int) -> tuple[MinuteHeading, int] | None:
    """The title at line `i` and its paragraph's number, when a plain unindented title
    with a blank line (or nothing) above sits directly over a numbered paragraph."""
    raw = lines[i].text
    if i + 1 >= len(lines) or not raw.strip() or raw[:1] in (" ", "\t"):
        return None
    if i > 0 and lines[i - 1].text.strip():
        return None
    below = PARAGRAPH.match(lines[i + 1].text.strip())
    title = plain(raw.replace("**", "")).strip()
    if below is None or PARAGRAPH.match(title) or title[:1].isdigit():
        return None
    if DECISION_WORD.match(title) or CLOSING_WORD.match(title) or SECTION_LABEL.match(title):
        return None
    if not looks_like_title(title):
        return None
    return MinuteHeading(i, None, title, None, certain=False), int(below["number"])


def titles_over_running_paragraphs(lines: list[Line], start: int = 0) -> list[MinuteHeading]:
    """The titles over paragraphs numbered through the meeting; [] unless at least
    MIN_TITLES of them are found and their paragraphs' numbers rise from each to the
    next."""
    found = [t for k in range(start, len(lines)) if (t := _title_over_paragraph(lines, k))]
    numbers = [n for _, n in found]
    if len(found) < MIN_TITLES or any(b <= a for a, b in pairwise(numbers)):
        return []
    return [h for h, _ in found]
