"""Lettered sub-items glued onto their item's line, each with its own papers.

An agenda may letter the reports an item takes in, each a paper of its own with its page
range: "9. Standing Items", then "a) Update on actions", "b) Questions to the
Commissioner (Pages 12 - 16)" on lines of their own. When the pack is flattened, the
sub-items run on after the item's title on its line: "9. Standing Items a) Update on
actions b) Questions to the Commissioner (Pages 12 - 16) (Submitted under the
procedure) c) Decisions taken (Pages 17 - 21)". The item is the title before "a)" (a
colon or a dash closing it dropped), and each lettered piece a sub-item "9(a)", "9(b)"
whose title stops at its page range. The marks must follow in order from "a)" (or
"(a)"), at least two, and one piece at least must print a page range: a list of what the
item covers pressed onto one line prints no papers of its own and stays unread here
(`agenda_lettered_tails`).
"""

from __future__ import annotations

import re

from .agenda_items import CODED, LETTERS, ItemLine, reads_as_title
from .text import plain

#: " a) ", " (b) ": a lettered mark after a space, a capital opening its title
MARK = re.compile(r"(?<=\s)(?P<open>\(?)(?P<mark>[a-h])\)\s{1,3}(?=[A-Z])")
#: "(Pages 12 - 16)", "(Page 4)": a piece's page range in brackets
PAGES = re.compile(r"\s?\(Pages?\s(?P<pages>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\)")
#: Sub-items at least on the line
MIN_SUB_ITEMS = 2
#: Characters of the line searched (a front sheet's item runs on for a few lines at most)
MAX_LINE = 2000
#: ": " or " – " closing the item's title before its first sub-item
TITLE_CLOSE = re.compile(r"\s*(?::|\s[-–—])\s*$")


def _marks(rest: str) -> list[re.Match[str]]:
    """The marks of the lettered run in `rest`, in order from "a)" in one style; empty when
    none runs from "a)"."""
    run: list[re.Match[str]] = []
    for match in MARK.finditer(rest, 0, MAX_LINE):
        expected = LETTERS[len(run)] if len(run) < len(LETTERS) else None
        if match["mark"] != expected or (run and match["open"] != run[0]["open"]):
            continue
        run.append(match)
    return run


def _piece(text: str) -> tuple[str, str | None] | None:
    """A sub-item's title and page range from its piece of the line: the title stops at the
    bracketed page range; None when it does not read as a title."""
    pages = PAGES.search(text)
    title = plain(text[: pages.start()] if pages else text).strip()
    if not reads_as_title(title):
        return None
    page_range = re.sub(r"\s?[-–]\s?", " - ", pages["pages"]) if pages else None
    return title, page_range


def glued_sub_items(text: str) -> list[ItemLine] | None:
    """The item of a line and the lettered sub-items glued onto it ("9. Standing Items a)
    Update b) Questions (Pages 12 - 16)" is "9", "9(a)", "9(b)"), the item first; None
    when the line holds no such run."""
    match = CODED.match(text.strip())
    if match is None:
        return None
    rest = match["title"]
    marks = _marks(rest)
    if len(marks) < MIN_SUB_ITEMS:
        return None
    head = plain(TITLE_CLOSE.sub("", PAGES.sub("", rest[: marks[0].start()]))).strip()
    if not reads_as_title(head):
        return None
    code = match["code"]
    items = [ItemLine(code, head, None)]
    ends = [m.start() for m in marks[1:]] + [len(rest)]
    for mark, end in zip(marks, ends, strict=True):
        piece = _piece(rest[mark.end() : end])
        if piece is None:
            return None
        items.append(ItemLine(f"{code}({mark['mark']})", piece[0], piece[1]))
    return items if any(item.pages for item in items[1:]) else None
