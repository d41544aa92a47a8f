"""Agenda items a conversion ran together on one line, and the part label before them.

A front sheet's items each stand on a line of their own; a conversion that loses the
break between two short items prints them as one line ("2. Declarations of Interest 3.
Exclusion of the Public – ..."), and one that loses the break after the agenda's part
heading prints the heading before the first item ("Public Items 1. Minutes of the last
meeting", "Private Item – Report circulated to Members only 5. Vacancy for ...", or the
agenda's own heading, "Agenda 1. Apologies").

Such a line is cut back into its items (`glued_item_lines`), each piece keeping the
source line's number. An item is cut off only where the line reads as the layout: the
next number is the one after the line's own, the title before it is short and has no
sentence stop or bracket, and the next title opens with a capital. A number after a
word that cites it ("item 3", "paragraph 4", "Minute 5") is part of the title and is
never cut. A part label is cut off only when it is one of the genre's ("Public Items",
"Private Item", "Part 1", "Part II", "Exempt Items") with at most a short note after it.
"""

from __future__ import annotations

import re

from ..model import Line

#: "2. Declarations of Interest 3. Exclusion": an item, a short title, the next item
GLUED = re.compile(
    r"^(?P<number>\d{1,2})\.\s+(?P<title>[A-Z][^.!?:;()\[\]]{2,80}?)\s+"
    r"(?P<next>\d{1,2})\.\s+(?=[A-Z])"
)
#: a word before a number that cites an item or paragraph rather than opening one
CITING = re.compile(
    r"\b(?:items?|paragraphs?|para|minutes?|sections?|clauses?|rules?|orders?|pages?|"
    r"appendix|annex|no|number|part|schedule|of|and|to|at)$",
    re.IGNORECASE,
)
#: "Public Items 1. Minutes", "Private Item – Report to Members only 5. Vacancy": the
#: agenda's part heading (with a short note) before its first item
PART_LABEL = re.compile(
    r"^(?P<label>(?:(?:Public|Private|Open|Exempt|Confidential)\s+(?:Items?|Business|Session)"
    r"|Part\s+(?:[1-3]|I{1,3}|One|Two|A|B))(?:\s[-–]\s[A-Za-z][^.\d]{0,80}?)?)\s+"
    r"(?=\d{1,2}\.\s+[A-Z])"
)
#: "Agenda 1. Apologies": the agenda's own heading before its first item
AGENDA_LABEL = re.compile(r"^(?P<label>Agenda|AGENDA)\s+(?=1\.\s+[A-Z])")
#: Most words of a title cut off before the next item
MAX_WORDS = 10
#: Longest line looked at (a flattened page is split elsewhere)
MAX_CHARS = 1000
#: Most items cut off one line
MAX_CUTS = 8


def _pieces(text: str) -> list[str] | None:
    """The items (and part label) of a line that glues them, in order; None when the
    line is not so."""
    text = text.strip()
    if len(text) > MAX_CHARS:
        return None
    pieces: list[str] = []
    label = PART_LABEL.match(text) or AGENDA_LABEL.match(text)
    if label is not None:
        pieces.append(label["label"])
        text = text[label.end() :]
    for _ in range(MAX_CUTS):
        glued = GLUED.match(text)
        if glued is None or int(glued["next"]) != int(glued["number"]) + 1:
            break
        title = glued["title"]
        if len(title.split()) > MAX_WORDS or CITING.search(title):
            break
        pieces.append(text[: glued.start("next")].rstrip())
        text = text[glued.start("next") :]
    if not pieces:
        return None
    return [*pieces, text]


def glued_item_lines(lines: list[Line]) -> list[Line]:
    """The lines with each line that glues agenda items (or a part label and an item)
    cut into one line a piece, each with the source line's number."""
    out: list[Line] = []
    for line in lines:
        pieces = _pieces(line.text)
        if pieces is None:
            out.append(line)
            continue
        out.extend(Line(line.number, piece) for piece in pieces)
    return out
