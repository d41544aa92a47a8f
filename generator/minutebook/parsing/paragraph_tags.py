"""A paragraph's HTML tags left round a line by a conversion that kept the page's markup.

Some hosts store a paper converted from PDF as HTML and hand it back with the paragraph
tags still in the text: "<p>2 DECLARATIONS OF INTEREST</p>", or a paragraph over several
lines that opens "<p>APOLOGIES: ..." on one and closes "... Cllr D Evans</p>" on another.
Read as printed, a heading starts with "<p>" and no heading rule sees its number. The
tags are markup, not words: a line whose only tags are a paragraph's opening at its
start and its closing at its end is given back its text. A line holding any other tag (a
table cell's "<p>Members:</p> <ul>") keeps its markup for the rules that read cells.
Paragraphs run together on one line are parted first, one line a paragraph.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: "<p>", '<p class="x">' opening a line, after its indent
OPENING = re.compile(r"^(?P<indent>\s{0,40})<p(?:\s[^<>]{0,200})?>\s?", re.IGNORECASE)
#: "</p>" closing a line
CLOSING = re.compile(r"\s?</p>\s{0,40}$", re.IGNORECASE)
#: any other tag left in the text: its markup is a cell's, not a paragraph's
OTHER_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def unwrapped(text: str) -> str | None:
    """The line without the paragraph tags at its ends, or None when it has none or holds
    another tag as well."""
    if "<" not in text:
        return None
    opening = OPENING.match(text)
    start = opening.end() if opening else 0
    closing = CLOSING.search(text, start)
    end = closing.start() if closing else len(text)
    if opening is None and closing is None:
        return None
    inner = text[start:end]
    if OTHER_TAG.search(inner):
        return None
    return (opening["indent"] if opening else "") + inner


#: where one paragraph closes and the next opens on the same line: "... </p><p>Present: ..."
BETWEEN = re.compile(r"(?<=</p>)[ ]{0,40}(?=<p(?:\s[^<>]{0,200})?>)", re.IGNORECASE)


def unwrap_paragraph_tags(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Every line wrapped in a paragraph's tags (and no other markup) given back its text;
    a line holding several paragraphs (a host that stored the paper as HTML on one line:
    "<p>Minutes of ...</p><p>Present: ...</p><p>CC351/19 APOLOGIES</p>") is first parted
    into one line a paragraph, each keeping the source line's number."""
    out = []
    for line in lines:
        pieces = BETWEEN.split(line.text) if "</p>" in line.text.lower() else [line.text]
        for n, piece in enumerate(pieces):
            if n:  # paragraphs are apart, as a blank line sets them apart in text
                out.append(Line(line.number, ""))
            text = unwrapped(piece)
            out.append(Line(line.number, piece if text is None else text))
    return out, []
