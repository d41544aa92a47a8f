"""An item's title, page range and description run on in one line.

When an agenda's front sheet is flattened (`flattened_lines` cuts it at the item numbers),
each item's line holds its title, the page range in brackets and the description the
agenda prints under the title: "2. Minutes of the Previous Meeting (Pages 7 - 18) To
confirm the minutes of ...". The bracketed page range closes the title, as it closes the
title's line on an unflattened page. A "Page No" column's bare range ("3 - 16") or its
"To Follow" closes it too, when a sentence, the item's description, follows it.
"""

from __future__ import annotations

import re

from .agenda_items import CODED, ItemLine, reads_as_title
from .text import plain

#: "(Pages 7 - 18) To confirm": a page range in brackets with a capitalised text after it,
#: or the lettered parts the item lists ("(pp 8) a) 25 September b) 4 December")
PAGES_THEN_TEXT = re.compile(
    r"\s\((?:Pages?|pp\.?|p\.)\s?(?P<pages>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\)\s+"
    r"(?=[A-Z]|\(?[a-h]\)\s)"
)
#: "5 - 12 Report of the Head of Finance": a "Page No" column's bare range flattened
#: between the title and the description, or its "To Follow" for a paper not yet printed
BARE_PAGES_THEN_TEXT = re.compile(
    r"(?<![-–,])\s(?P<pages>(?P<first>\d{1,3})\s[-–]\s(?P<last>\d{1,3})|To Follow)"
    r"\s+(?=[A-Z][a-z])"
)
#: Characters searched for the page range (a title is short)
MAX_TITLE_CHARS = 200


def title_before_pages(text: str) -> ItemLine | None:
    """The item of a line "2. Minutes (Pages 7 - 18) To confirm ...": the title before
    the bracketed page range, and the range; None when the line is not so."""
    match = CODED.match(text.strip())
    if match is None:
        return None
    rest = match["title"]
    pages = PAGES_THEN_TEXT.search(rest, 0, MAX_TITLE_CHARS) or _bare_pages(rest)
    if pages is None:
        return None
    title = plain(rest[: pages.start()]).strip()
    # a title "... COMMITTEE HELD ON" over its lettered dates is left open for them
    parts = not rest[pages.end() : pages.end() + 1].isupper()
    if not reads_as_title(title) and not (parts and reads_as_title(title.rsplit(" ", 1)[0])):
        return None
    printed = pages["pages"]
    range_ = None if printed == "To Follow" else re.sub(r"\s?[-–]\s?", " - ", printed)
    return ItemLine(match["code"], title, range_)


def _bare_pages(rest: str) -> re.Match[str] | None:
    """A bare page range closing the title ("Treasury Report 5 - 12 Report of the"),
    spaced about its dash and its pages in order (so an address's "41-47 Mill Lane" or
    "Quarter 3 - 1 Review" is none), or "To Follow", when a sentence follows it."""
    pages = BARE_PAGES_THEN_TEXT.search(rest, 0, MAX_TITLE_CHARS)
    if pages is None or (pages["first"] and int(pages["first"]) > int(pages["last"])):
        return None
    words = rest[pages.end() :].split()
    if len(words) < DESCRIPTION_WORDS or sum(w.islower() for w in words) < 2:
        return None  # "Key Stage 3 - 4 Results": the title's own words, no description
    return pages


#: Fewest words after a bare range that make the item's description (a sentence)
DESCRIPTION_WORDS = 4


#: "(15 minutes) This is an opportunity ...": a time allowed for the item in brackets, then
#: the description's sentence (a capital, then a word in lower case)
DURATION_THEN_TEXT = re.compile(
    r"\s\(\s?(?:approx\.?\s?|c\.\s?)?\d{1,3}\s?(?:mins?|minutes|hours?|hrs?)\.?\s?\)\s+"
    r"(?=[A-Z][a-z]+\s[a-z])",
    re.IGNORECASE,
)


def title_before_duration(text: str) -> ItemLine | None:
    """The item of a line "3. Open Session for Councillors (15 minutes) This is an
    opportunity ...": the title before the bracketed time allowed for it, which closes it
    as a page range does; None when the line is not so."""
    match = CODED.match(text.strip())
    if match is None:
        return None
    rest = match["title"]
    duration = DURATION_THEN_TEXT.search(rest, 0, MAX_TITLE_CHARS)
    if duration is None:
        return None
    title = plain(rest[: duration.start()]).strip()
    return ItemLine(match["code"], title, None) if reads_as_title(title) else None
