"""A minute heading whose number lost the space after its full stop.

Text taken from a PDF often drops the space between a minute's number and a heading set
in capitals: "23.DECLARATIONS OF INTEREST None." Read as it is, the line is no heading,
and a list of names read line by line takes it for one more name. The space is put back
(`space_after_glued_numbers`), the line keeping its number; and a list of names ends at
a numbered capitals heading (`numbered_capitals_heading`) even where no minute was read.
A decimal ("2.5 million"), a time ("7.30pm") or a stop inside a word ("St.Mary") is no
such heading: the number is whole, and a word of at least three capitals follows it.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line
from ..vocabulary import TITLES

#: "23.DECLARATIONS", "104.MINUTES OF": a whole number, a stop, then a capitals word
GLUED = re.compile(r"^(?P<indent>\s{0,20})(?P<number>\d{1,4}\.)(?=[A-Z]{3,}\b)")
#: "23. DECLARATIONS OF INTEREST", "45. HIGHWAYS None.": a whole number, a stop, then a
#: word in capitals
CAPITALS_HEADING = re.compile(r"^\s{0,20}\d{1,4}\.\s{0,3}(?P<first>[A-Z]{3,})\b")
#: "3. COUNCILLOR A REID": a name in capitals, numbered in a list, is no heading
CAPITALS_TITLES = frozenset(title.upper().rstrip(".") for title in TITLES)


def numbered_capitals_heading(text: str) -> bool:
    """Whether a line opens with a minute's number and a heading in capitals (spaced or
    glued): the next minute, whichever list or paragraph the line follows."""
    match = CAPITALS_HEADING.match(text)
    return match is not None and match["first"] not in CAPITALS_TITLES


def space_after_glued_numbers(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Every line opening "23.DECLARATIONS" given back its space: "23. DECLARATIONS"."""
    out = []
    for line in lines:
        match = GLUED.match(line.text) if "." in line.text[:30] else None
        if match:
            rest = line.text[match.end() :]
            line = Line(line.number, f"{match['indent']}{match['number']} {rest}")
        out.append(line)
    return out, []
