"""Minute headings of a web page's numbered list that lost its numbering: every heading
printed "1.".

Parish and community councils publish minutes as a page of their web site, the headings
an ordered list. Converted to text, each list item starts a list of its own, so every
heading reads "  1. Title", indented by the list's margin, and no heading is numbered "2.":
read as numbers they never rise, and no heading would be read. Printed as the page prints
them, each is minute "1" (two of them at least). The title ends at a colon ("Apologies
for absence: Cllr X"); what follows is the minute's text. A paper with one such heading,
or whose list does number on ("2."), is left to the other readers.

A list that kept its numbers ("  1. Declarations of interest", "  2. Minutes of the
meeting", "  3. ...") is indented by the list's margin too, deeper than the page's text:
read as indented paragraphs, its headings were none. Its indent is the margin of the
page's headings (`list_margin`), so the other readers read them where they stand.
"""

from __future__ import annotations

import re

from ..model import Line

#: "  1. Election of Chairman", "  1. Matters Arising:": an indented "1." and a title
LOST_NUMBER = re.compile(
    r"^[ \t]{1,8}1\.[ \t]{1,4}(?P<title>[A-Z][^:]{1,150}?)\s*(?::(?P<rest>.{0,2000}))?$"
)
#: any heading numbered on: the list kept its numbers
NUMBERED_ON = re.compile(r"^[ \t]{0,8}(?:[2-9]|\d\d)\.[ \t]{1,4}[A-Z]")
#: Headings all printed "1." at least: an extraordinary meeting's short business may hold
#: two (its apologies and declarations) before its one item
MIN_HEADINGS = 2
#: Items of a list that kept its numbers at least ("  1.", "  2.", "  3."): two may be any
#: short list indented in a minute's text
MIN_LIST_ITEMS = 3
#: Words a title has at most
MAX_TITLE_WORDS = 14
#: Lines of a paper looked at
MAX_LINES = 5000


def lost_number_headings(lines: list[Line], start: int = 0) -> list[tuple[int, str, str]]:
    """(index, title, run-on text) of each heading printed "1." in a list that lost its
    numbering; [] unless at least MIN_HEADINGS are found and no heading numbers on."""
    found: list[tuple[int, str, str]] = []
    for i in range(start, min(len(lines), start + MAX_LINES)):
        text = lines[i].text
        if len(text) > 2200:
            continue
        if NUMBERED_ON.match(text):
            return []
        match = LOST_NUMBER.match(text.rstrip())
        if match is None:
            continue
        title = match["title"].strip()
        if len(title.split()) > MAX_TITLE_WORDS or title.endswith("."):
            continue
        found.append((i, title, (match["rest"] or "").strip()))
    return found if len(found) >= MIN_HEADINGS else []


#: "  2. Minutes of the meeting": an indented number with a stop and a title
LIST_ITEM = re.compile(
    r"^(?P<indent>[ \t]{1,8})(?P<number>\d{1,2})\.[ \t]{1,4}(?P<title>[A-Z].{0,150})$"
)


def list_margin(lines: list[Line], start: int = 0) -> int | None:
    """The indent of a web page's numbered list of headings that kept its numbers: at
    least MIN_LIST_ITEMS items at one indent, numbered on by one from "1.", each a short
    title with no full stop; None when the page holds no such list."""
    indent: str | None = None
    expected = 1
    for i in range(start, min(len(lines), start + MAX_LINES)):
        text = lines[i].text.rstrip()
        match = LIST_ITEM.match(text) if len(text) <= 160 else None
        if match is None:
            continue
        title = match["title"].strip()
        if len(title.split()) > MAX_TITLE_WORDS or title.endswith("."):
            continue
        if int(match["number"]) != expected or (indent is not None and match["indent"] != indent):
            return None
        indent = match["indent"]
        expected += 1
    if indent is None or expected - 1 < MIN_LIST_ITEMS:
        return None
    return len(indent)
