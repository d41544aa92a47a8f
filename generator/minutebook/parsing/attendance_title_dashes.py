"""A plural title, a spaced dash, then the names it titles: "Aldermen – A Reid, B Moss".

Councils that seat aldermen beside councillors print their members present in one line
per rank, each rank a plural title set off from its names by a spaced dash:

    Members Present : Aldermen – A Reid, B Moss and C Lowe
    Councillors – D Hart, E Pym and F Ward

The dash stands where other papers print a colon or nothing ("Aldermen: A Reid",
"Councillors D Hart"): the names after it are those present, each with the title, and
the line with a plural title before the dash carries on the list above it.
"""

from __future__ import annotations

import re

from ..vocabulary import PLURAL_TITLE

#: A plural title, a spaced dash, then a capital starting the first name
PLURAL_TITLE_DASH = re.compile(rf"^(?P<title>{PLURAL_TITLE})\s+[-–—]\s+(?=[A-Z])")
#: Longest line read
MAX_LINE = 1200


def plural_title_dash(text: str) -> str | None:
    """The names after 'Councillors – ' at the start of a line; None for any other line."""
    if len(text) > MAX_LINE:
        return None
    match = PLURAL_TITLE_DASH.match(text.strip())
    return text.strip()[match.end() :] if match else None
