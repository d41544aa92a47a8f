"""Lettered sub-items glued onto their item's line, each with its own papers.

An agenda may letter the reports an item takes in, each a paper of its own with its page
range: "9. Standing Items", then "a) Update on actions", "b) Questions to the
Commissioner (Pages 12 - 16)" on lines of their own. When the pack is flattened, the
sub-items run on after the item's title on its line: "9. Standing Items a) Update on
actions b) Questions to the Commissioner (Pages 12 - 16) (Submitted under the
procedure) c) Decisions taken (Pages 17 - 21)". The item is the title before "a)" (a
colon or a dash closing it dropped), and each lettered piece a sub-item "9(a)", "9(b)"
whose title stops at its page range. The marks must follow in order from "a)" (or
"(a)"), at least two, or one bracketed "(a)" lettering the item's only part ("7 Chair's
Business (a) Long Service Awards"). A run with no page range is read only when each
piece is a short head, no sentence ("8. Correspondence (a) Letters to reply to (b)
Letters to note"); a pointer "(see note below)" after the title is dropped.

Where the page column's gap was lost, each piece closes on its bare range instead
("6. Thematic Reports (a) Housing Update 15 - 20 (b) Transport Update 21 - 30"): bare
ranges are read as pages only when every piece closes on one and they run on as a
paper's pages do, each starting past the end of the one before (`agenda_pressed_pages`
reads the same column on items of their own); else the line stays unread here.
"""

from __future__ import annotations

import re

from .agenda_items import CODED, LETTERS, ItemLine, reads_as_title
from .text import plain

#: " a) ", " (b) ": a lettered mark after a space, a capital opening its title
MARK = re.compile(r"(?<=\s)(?P<open>\(?)(?P<mark>[a-h])\)\s{1,3}(?=[A-Z])")
#: "(Pages 12 - 16)", "(Page 4)": a piece's page range in brackets
PAGES = re.compile(r"\s?\(Pages?\s(?P<pages>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\)")
#: " 15 - 20" closing a piece: its page range pressed against its title
BARE_PAGES = re.compile(r"\s(?P<first>\d{1,3})\s?[-–]\s?(?P<last>\d{1,3})\s*$")
#: Sub-items at least on the line
MIN_SUB_ITEMS = 2
#: Characters of the line searched (a front sheet's item runs on for a few lines at most)
MAX_LINE = 2000
#: "(see note below)" after the title: a pointer to the paper's notes, no part of it
POINTER = re.compile(r"\s?\((?:please\s+)?see\s[^()]{1,40}\)\s*$", re.IGNORECASE)
#: ": " or " – " closing the item's title before its first sub-item
TITLE_CLOSE = re.compile(r"\s*(?::\s?[-–]?|\s[-–—])\s*$")


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


def _piece(text: str) -> tuple[str, str | None, tuple[int, int] | None] | None:
    """A sub-item's title, page range and bare range (first and last page) from its piece
    of the line: the title stops at the bracketed page range, or at the bare range closing
    the piece; None when it does not read as a title."""
    pages = PAGES.search(text)
    bare = None if pages else BARE_PAGES.search(text)
    cut = pages or bare
    title = plain(text[: cut.start()] if cut else text).strip()
    if not reads_as_title(title):
        return None
    if bare is not None:
        return title, f"{bare['first']} - {bare['last']}", (int(bare["first"]), int(bare["last"]))
    page_range = re.sub(r"\s?[-–]\s?", " - ", pages["pages"]) if pages else None
    return title, page_range, None


def _run_on(spans: list[tuple[int, int] | None]) -> bool:
    """Whether the pieces' bare ranges read as pages: none at all, or one closing every
    piece, each starting past the end of the one before."""
    if not any(spans):
        return True
    last = 0
    for span in spans:
        if span is None or not last < span[0] <= span[1]:
            return False
        last = span[1]
    return True


def glued_sub_items(text: str) -> list[ItemLine] | None:
    """The item of a line and the lettered sub-items glued onto it ("9. Standing Items a)
    Update b) Questions (Pages 12 - 16)" is "9", "9(a)", "9(b)"), the item first; None
    when the line holds no such run."""
    match = CODED.match(text.strip())
    if match is None:
        return None
    rest = match["title"]
    marks = _marks(rest)
    if len(marks) < MIN_SUB_ITEMS and not (marks and marks[0]["open"]):
        return None  # one bracketed "(a)" may letter an item's only head
    head = POINTER.sub("", PAGES.sub("", rest[: marks[0].start()]))
    head = plain(TITLE_CLOSE.sub("", head)).strip()
    if not reads_as_title(head):
        return None
    code = match["code"]
    items = [ItemLine(code, head, None)]
    ends = [m.start() for m in marks[1:]] + [len(rest)]
    spans: list[tuple[int, int] | None] = []
    for mark, end in zip(marks, ends, strict=True):
        piece = _piece(rest[mark.end() : end])
        if piece is None:
            return None
        items.append(ItemLine(f"{code}({mark['mark']})", piece[0], piece[1]))
        spans.append(piece[2])
    if not _run_on(spans):
        return None
    if any(item.pages for item in items[1:]) or all(_heading(i.title) for i in items[1:]):
        return items
    return None


#: Most words of a lettered head printed with no papers of its own
MAX_HEAD_WORDS = 12


def _heading(title: str) -> bool:
    """Whether a lettered piece with no page range reads as a head of the item ("Letters
    to reply to", "Accounts for Payment (list to follow)"): short, no sentence."""
    words = re.sub(r"\([^()]{0,60}\)", "", title).split()
    return len(words) <= MAX_HEAD_WORDS and ". " not in title and not title.endswith(":")
