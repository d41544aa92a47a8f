"""Ditto marks standing for the title repeated down a column of names.

A county council's roll of those present prints "Councillor" on the first row of each
column and a ditto mark under it on every row after:

    Councillor John Bailey      Councillor Stephen Legg
        "      Sally Beardsworth    "      Chris Long

Flattened row by row, the marks fall between the names ("Councillor Stephen Legg “ Sally
Beardsworth “ Chris Long “ ..."), where no comma parts them: the list read as one name.
A mark standing alone between two names, when a line under a titled name holds
`MIN_MARKS` or more of them, parts two names as a comma would; one closing the line is
dropped. The names after a mark are kept as printed, untitled.
"""

from __future__ import annotations

import re

from ..vocabulary import STARTS_WITH_TITLE

#: A ditto mark between two words, or closing the text: a curly or straight double quote
#: or the ditto sign with a space on each side
MARK = re.compile(r"\s[“”\"〃](?=\s|$)\s*")
#: Fewest marks that make a column's dittos (one quote is a quotation's)
MIN_MARKS = 3


def without_ditto_marks(text: str) -> str:
    """`text` with each ditto mark between names made a comma, one closing it dropped;
    `text` itself when it holds fewer than `MIN_MARKS` or opens with no title."""
    if not STARTS_WITH_TITLE.match(text.strip()) or len(MARK.findall(text)) < MIN_MARKS:
        return text
    return MARK.sub(lambda m: "" if m.end() == len(text) else ", ", text)
