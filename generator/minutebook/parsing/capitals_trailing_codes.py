"""A minute's title in capitals with its session code after it: "APOLOGIES FOR ABSENCE 01/21".

Minutes set in a table of three columns (a tag column, the title, the minute's number at
the right margin) lose the columns in conversion: the heading's line reads "TAG TITLE
NN/YY", the minute's text sometimes run on after the code ("DECLARATIONS OF INTEREST 02/21
ANNUAL MEETING: ..."). The left column's tag (the body's initials, printed beside every
heading) is no part of the title: a first word in capitals that opens two or more such
headings of the paper is that tag. The reader returns None for any other line.
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain

#: "APOLOGIES FOR ABSENCE 01/21", "TAG DECLARATIONS OF INTEREST 02/21 ANNUAL MEETING:"
TRAILING_CODE = re.compile(
    r"^(?P<title>[A-Z][A-Z0-9 ,&'’/()-]{3,120}?)\s+(?P<number>\d{1,3}/\d{2})"
    r"(?:\s+(?P<rest>\S.{0,2000}))?$"
)
#: a left column's tag: two to six capitals opening the title
TAG = re.compile(r"^(?P<tag>[A-Z]{2,6})\s+(?=[A-Z])")
#: Lines of a paper searched for the other headings its tag opens
MAX_SCAN = 3000
#: Headings a tag opens at least
MIN_TAGGED = 2


#: A title's last word that wants the words after it: "... MEETING HELD AT 10/12 ORCHARD
#: STREET" is an opening's sentence, its "code" the first of an address
OPEN_ENDED = frozenset({"AT", "IN", "ON", "OF", "HELD", "TO", "FOR", "BY", "THE", "AND", "FROM"})


def _heading(text: str) -> re.Match[str] | None:
    match = TRAILING_CODE.match(text)
    if match is None or not any(len(w) > 3 for w in match["title"].split()):
        return None
    if match["title"].split()[-1] in OPEN_ENDED:
        return None
    return match


def _tag(lines: list[Line], title: str) -> str | None:
    """The left column's tag opening `title` when it opens `MIN_TAGGED` or more of the
    paper's headings of this form; else None."""
    tag = TAG.match(title)
    if tag is None:
        return None
    count = 0
    for line in lines[:MAX_SCAN]:
        text = plain(line.text).strip()
        if text.startswith(tag["tag"] + " ") and _heading(text) is not None:
            count += 1
            if count >= MIN_TAGGED:
                return tag["tag"]
    return None


def capitals_trailing_code(lines: list[Line], i: int, text: str) -> tuple[str, str, str] | None:
    """The number, title and run-on text of a heading "TITLE NN/YY ..." in capitals at line
    `i`, without its tag; None for any other line."""
    match = _heading(text)
    if match is None:
        return None
    title = match["title"].strip()
    tag = _tag(lines, title)
    if tag is not None:
        title = title[len(tag) :].strip()
    if len(title.split()) < 1 or not any(c.isalpha() for c in title):
        return None
    return match["number"], title, (match["rest"] or "").strip()
