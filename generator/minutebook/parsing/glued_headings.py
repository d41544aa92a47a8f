"""A minute heading whose number lost the space after its full stop.

Text taken from a PDF often drops the space between a minute's number and a heading set
in capitals: "23.DECLARATIONS OF INTEREST None." Read as it is, the line is no heading,
and a list of names read line by line takes it for one more name. The space is put back
(`space_after_glued_numbers`), the line keeping its number; and a list of names ends at
a numbered capitals heading (`numbered_capitals_heading`) even where no minute was read.
A decimal ("2.5 million"), a time ("7.30pm") or a stop inside a word ("St.Mary") is no
such heading: the number is whole, and a word of at least three capitals follows it.
The same loss glues a title in title case or a paragraph's text to its number at the
start of a line ("1.Introductions and Apologies", "1.1Apologies from ..."); a capital
then a lower-case word and a space follow the number there, as no figure is printed. A
council's year code may lose its space to a hyphen ("21/21-APOLOGIES FOR ABSENCE:").
"""

from __future__ import annotations

import re

from ..model import Furniture, Line
from ..vocabulary import TITLES

#: "23.DECLARATIONS", "104.MINUTES OF": a whole number, a stop, then a capitals word;
#: "1.Introductions and Apologies", "2.To approve ...", "1.1Apologies from ...", "2.1RESOLVED":
#: a number or a paragraph's number, then a word in title case or capitals
GLUED = re.compile(
    # "2031.EAS.167": a council's page stamp (the year, the series, the page), no heading
    r"^(?P<indent>\s{0,20})(?:(?P<number>\d{1,4}\.)(?=[A-Z]{3,}\b(?!\.\d))"
    r"|(?P<titled>\d{1,3}\.(?:\d{1,2}\.?)?)(?=[A-Z][a-z]+\s|[A-Z]{3,}\b))"
)
#: "23. DECLARATIONS OF INTEREST", "45. HIGHWAYS None.": a whole number, a stop, then a
#: word in capitals (not a page stamp's series, "2031.EAS.167")
CAPITALS_HEADING = re.compile(r"^\s{0,20}\d{1,4}\.\s{0,3}(?P<first>[A-Z]{3,})\b(?!\.\d)")
#: "3. COUNCILLOR A REID": a name in capitals, numbered in a list, is no heading
CAPITALS_TITLES = frozenset(title.upper().rstrip(".") for title in TITLES)


def numbered_capitals_heading(text: str) -> bool:
    """Whether a line opens with a minute's number and a heading in capitals (spaced or
    glued): the next minute, whichever list or paragraph the line follows."""
    match = CAPITALS_HEADING.match(text)
    return match is not None and match["first"] not in CAPITALS_TITLES


#: "21/21-APOLOGIES FOR ABSENCE:", "104/23-Minutes": a minute's code of the council's year
#: joined to its title by a hyphen where a space was
HYPHEN_GLUED = re.compile(
    r"^(?P<indent>\s{0,20})(?P<number>\d{1,4}/\d{2,4})-(?=[A-Z]{3,}\b|[A-Z][a-z]+[\s:])"
)


def space_after_glued_numbers(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Every line opening "23.DECLARATIONS" or "1.Introductions and ..." given back its
    space: "23. DECLARATIONS", "1. Introductions and ..."; so is a code joined to its title
    by a hyphen ("21/21-APOLOGIES" is "21/21 APOLOGIES")."""
    out = []
    for line in lines:
        match = GLUED.match(line.text) if "." in line.text[:30] else None
        if match is None and "-" in line.text[:30]:
            match = HYPHEN_GLUED.match(line.text)
        if match:
            rest = line.text[match.end() :]
            number = match["number"] or match["titled"]
            line = Line(line.number, f"{match['indent']}{number} {rest}")
        out.append(line)
    return out, []
