"""Unnumbered minute headings on a committee system's "Agenda and minutes" page, each
title closed by the label of the link to its report.

A council that numbers no items publishes its minutes as the meeting's web page: each
item's title, the agenda's wording under it, then the minute. Saved as text, the title
keeps the label of the link to its paper at its end:

    Declarations of Interest pdf icon PDF 143 KB

    To receive any declarations of interest from Members ...

    There were no declarations of interest.

The label says the line is an item's title, which no paragraph of a minute ends with; the
title is the line without it. Read only where the minutes yield no other heading, numbered
or not (a page whose other titles are read keeps them, linked or not), and only when two
titles or more carry such a label (one may be a paragraph quoting a file).
"""

from __future__ import annotations

import re

from ..model import Line
from .agenda_items import FILE_LINK
from .text import plain

#: Longest title read before its link's label
MAX_TITLE_CHARS = 200
#: Titles with a link's label at least
MIN_LINKED = 2
#: another link's label inside the title: a host's line repeating the file's name and
#: label ("Minutes of ... PDF 94 KB Minutes of ... PDF 94 KB"), no item's title
LABEL_INSIDE = re.compile(r"\b(?:PDF|DOCX?)\s?\d{1,5}(?:\.\d{1,2})?\s?[KM]B\b", re.IGNORECASE)
#: a title's first character: a capital or a figure ("2022/23 Budget ...")
TITLE_START = re.compile(r"^[A-Z0-9‘“'\"]")


def linked_title(text: str) -> str | None:
    """The title of a line closed by a link's label ("Record of Decisions pdf icon PDF 248
    KB" -> "Record of Decisions"); None for any other line."""
    text = plain(text).strip()
    if len(text) > MAX_TITLE_CHARS + 40:
        return None
    link = FILE_LINK.search(text)
    if link is None:
        return None
    title = text[: link.start()].strip()
    if not title or len(title) > MAX_TITLE_CHARS or not TITLE_START.match(title):
        return None
    if LABEL_INSIDE.search(title):
        return None
    return None if title.endswith((".", ",", ";", ":")) else title


def linked_titles(lines: list[Line], start: int) -> list[tuple[int, str]]:
    """(index, title) of each line from `start` closed by a link's label; [] unless
    MIN_LINKED are found."""
    found = [(k, title) for k in range(start, len(lines)) if (title := linked_title(lines[k].text))]
    return found if len(found) >= MIN_LINKED else []
