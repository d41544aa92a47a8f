"""Agenda items that print no numbers, read when no numbered item is found.

Web agendas copied to text often lose their items' numbers: the numbers were an HTML
list's or a table column's, not the text's. Two forms of the genre are read here, each by
one small function that returns None when the agenda is not laid out so:

- a bulleted list: the page's ordered list turned into "- Apologies for absence",
  "- Minutes of the meeting held on ...", with the items' guidance as plain paragraphs
  between them. A bullet ending with a colon ("- Note for members:") labels the guidance
  below it and is no item. A front sheet's notes to the public, under "PUBLIC
  INFORMATION", list the body's priorities or house rules so: no bullet after that
  heading is an item.
- a committee system's items table ("No." and "Item" columns, "Items No. Item" as a
  mirror of the system's page prints it) whose number column was lost: each item's title
  stands first under the heading or after two or more blank lines (the row's gap), with
  the file link's label after it ("Apologies pdf icon PDF 58 KB"), and the row's other
  paragraphs (lettered recommendations, "Additional documents:") after one blank line or
  opening with a bracket. A row's note that ends with a stop and is no instruction ("To
  approve ...") is no title.

- a parish agenda typed as lines in capitals under its heading "AGENDA" alone
  ("APOLOGIES FOR ABSENCE" / "MATTERS ARISING FROM THE MINUTES"), a note in ordinary case
  under an item ("Residents may speak on any item below"): each line in capitals that
  reads as a title is an item; a line in capitals saying what members should or will do
  is a note ("NOTES FOR LATER AGENDAS MUST BE SENT ...").

The items keep an empty code: the paper prints none.
"""

from __future__ import annotations

import re

from ..model import Line
from .agenda_dash_descriptions import without_dash_description
from .agenda_items import (
    BULLET,
    INSTRUCTION,
    TITLE_MAX_WORDS,
    reads_as_title,
    without_file_link,
)
from .text import plain

#: The fewest items that make a list of either form
MIN_ITEMS = 2
#: Characters at a title's end searched for the file link's label
LINK_TAIL = 60
#: "No. Item", "No Item", "Item No. Title": the items table's heading row
TABLE_HEADING = re.compile(
    r"^(?:Items?\s+)?No\.?\s+(?:Item|Title|Subject|Description)s?$", re.IGNORECASE
)
#: Blank lines above a row's first line (its title) at least
ROW_GAP = 2
#: a row's label that is no title: "Additional documents:", "Minutes:", "Decision:"
ROW_LABEL = re.compile(
    r"^(?:Additional|Supporting|Background)\s+(?:documents|papers)\s*:?$"
    r"|^(?:Minutes|Decisions?|Resolved)\s*:",
    re.IGNORECASE,
)


def unnumbered_items(lines: list[Line]) -> list[tuple[Line, str]] | None:
    """Each unnumbered item's line and title, in order; None when the agenda prints
    none in a form read here."""
    return bulleted_items(lines) or lost_number_rows(lines) or capitals_rows(lines)


#: the front sheet's notes to the public, after which no bullet is an item
PUBLIC_NOTES = re.compile(
    r"^(?:public\s+information|information\s+for\s+(?:the\s+)?(?:members\s+of\s+the\s+)?"
    r"public)$",
    re.IGNORECASE,
)


def bulleted_items(lines: list[Line]) -> list[tuple[Line, str]] | None:
    """Items printed as a bulleted list ("- Apologies for absence"); None when fewer than
    `MIN_ITEMS` bullets read as titles."""
    found: list[tuple[Line, str]] = []
    for line in lines:
        text = plain(line.text).strip()
        if PUBLIC_NOTES.match(text):
            break  # "PUBLIC INFORMATION": its bullets tell the public, list no business
        bullet = BULLET.match(text)
        if bullet is None:
            continue
        title = without_dash_description(text[bullet.end() :].strip())
        if title.endswith(":") or not reads_as_title(title):
            continue  # "- Advice to members:": a label over the guidance
        found.append((line, title))
    return found if len(found) >= MIN_ITEMS else None


def _row_title(title: str) -> bool:
    """Whether a row's first line reads as a title; one ending with a colon introduces
    its lettered sub-items ("Minutes of the meetings held on:"), and may end open."""
    if title.endswith(":"):
        words = title.split()
        return title[:1].isupper() and len(words) <= TITLE_MAX_WORDS
    if title.endswith(".") and not INSTRUCTION.match(title):
        return False  # "Papers to note follow.": a row's note, no item's number to vouch
    return reads_as_title(title)


def lost_number_rows(lines: list[Line]) -> list[tuple[Line, str]] | None:
    """The titles of an items table whose number column was lost: under its "No. Item"
    heading, its first line and each line standing after `ROW_GAP` blank lines or more;
    None when the agenda has no such heading or fewer than `MIN_ITEMS` rows read."""
    start = next(
        (k for k, line in enumerate(lines) if TABLE_HEADING.match(plain(line.text).strip())),
        None,
    )
    if start is None:
        return None
    found: list[tuple[Line, str]] = []
    blanks = ROW_GAP  # the first line under the heading opens the first row, whatever the gap
    for line in lines[start + 1 :]:
        text = plain(line.text).strip()
        if not text:
            blanks += 1
            continue
        gap, blanks = blanks, 0
        if gap < ROW_GAP or text[:1] in "(0123456789" or ROW_LABEL.match(text):
            continue  # a row's later paragraph, a lettered sub-item or a label
        title = without_file_link(text, max(0, len(text) - LINK_TAIL)).strip()
        if _row_title(title):
            found.append((line, title))
    return found if len(found) >= MIN_ITEMS else None


#: The agenda's heading alone on its line: "AGENDA", "Agenda:"
AGENDA_HEADING = re.compile(r"^agenda\s*:?$", re.IGNORECASE)
#: A note in capitals, not a title: what members should, will or must do
CAPITALS_NOTE = re.compile(r"\b(?:SHOULD|MUST|WILL|SHALL|MAY|ARE|IS|WERE|WAS)\s+(?:BE\s+)?[A-Z]")
#: The fewest lines in capitals that make such a list
MIN_CAPITALS_ITEMS = 3
#: Lines under the heading read, at most (bounds the scan)
MAX_CAPITALS_LINES = 200


def _capitals_title(text: str) -> bool:
    """A line in capitals that reads as an item's title, no note."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or any(c.islower() for c in letters) or CAPITALS_NOTE.search(text):
        return False
    return len(text.split()) <= TITLE_MAX_WORDS and not text.endswith((".", ",", ";", ":"))


def capitals_rows(lines: list[Line]) -> list[tuple[Line, str]] | None:
    """The items of a parish agenda typed as lines in capitals under its "AGENDA" heading
    (see the module's docstring); None when fewer than `MIN_CAPITALS_ITEMS` such lines."""
    start = next(
        (k for k, ln in enumerate(lines) if AGENDA_HEADING.match(plain(ln.text).strip())), None
    )
    if start is None:
        return None
    found: list[tuple[Line, str]] = []
    for line in lines[start + 1 : start + 1 + MAX_CAPITALS_LINES]:
        text = plain(line.text).strip()
        if text and _capitals_title(text):
            found.append((line, text))
    return found if len(found) >= MIN_CAPITALS_ITEMS else None
