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

A town council's roll printed one member a line gives each line after the first its own
mark before the name ("PRESENT: Cllr A Reid (Mayor)" / "“ B. Moss" / "“ Mrs C. Lowe"):
the mark leads the name (`ditto_led`), which goes on the list as printed, untitled.
"""

from __future__ import annotations

import re

from ..vocabulary import STARTS_WITH_TITLE

#: A ditto mark between two words, or closing the text: a curly or straight double quote
#: or the ditto sign with a space on each side
MARK = re.compile(r"\s[“”\"〃](?=\s|$)\s*")
#: Fewest marks that make a column's dittos (one quote is a quotation's)
MIN_MARKS = 3


#: A ditto mark leading a line, a name after it: "“ Mrs C. Lowe"
LEADING_MARK = re.compile(r"^\s{0,8}[“”\"〃]\s{1,4}(?=[A-Z])")


def ditto_led(text: str) -> str | None:
    """The name after a ditto mark leading the line ("“ B. Moss" -> "B. Moss"), or None."""
    lead = LEADING_MARK.match(text)
    return text[lead.end() :] if lead else None


def without_ditto_marks(text: str) -> str:
    """`text` with each ditto mark between names made a comma, one closing it dropped, one
    leading it taken off; `text` itself when it holds fewer than `MIN_MARKS` or opens with
    no title."""
    led = ditto_led(text)
    if led is not None:
        return led
    if not STARTS_WITH_TITLE.match(text.strip()) or len(MARK.findall(text)) < MIN_MARKS:
        return text
    return MARK.sub(lambda m: "" if m.end() == len(text) else ", ", text)
