"""A body's name whose first words the conversion lost, named in full by the paper's text.

Text taken from a PDF by some services drops words it could not read, often a place's
name in a heading's large type: "Devonmoor and Fenshire Police and Crime Panel" comes out
"and Police and Crime Panel", "Fenby and Kelbridge Fire Authority" as "and Kelbridge Fire
Authority". A name that opens on a joining word in lower case ("and", "&", "of") has lost
its start. The text usually names the body again in running prose ("the Devonmoor and
Fenshire Police and Crime Panel"): that name, as many capitalised words put back before
the joining word as stand after it (one at least), is the body's. The reader returns None
when the name is whole or the text never names it in full.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Line
from .text import plain

#: a name that opens on a joining word in lower case: its first words were lost
LOST_START = re.compile(r"(?:and|&|of)\s")
#: Lines of a paper searched for the body's full name
SEARCHED_LINES = 400
#: Most words put back before what survived
PUT_BACK = 5


def completed_name(body: str, lines: list[Line]) -> str | None:
    """The body's full name as the text gives it, when the heading's name lost its first
    words (see LOST_START); else None."""
    survived = body.strip()
    if not LOST_START.match(survived):
        return None
    if len(survived.split(None, 1)[-1]) < 3:
        return None
    joiner, rest = survived.split(None, 1)
    name = re.compile(
        rf"\b(?P<before>(?:[A-Z][A-Za-z'’-]{{1,30}}\s+){{1,{PUT_BACK}}})"
        rf"(?i:{re.escape(joiner)})\s+(?P<between>(?:[A-Z][A-Za-z'’-]{{1,30}}\s+){{0,3}})"
        rf"(?i:{re.escape(rest)})\b"
    )
    found: Counter[str] = Counter()
    for line in lines[:SEARCHED_LINES]:
        for match in name.finditer(plain(line.text)):
            between = match["between"].strip()
            # as many words put back before the joiner as were lost after it ("Devon and
            # Cornwall"), one at least: a run of capitals before is often a signature's
            words = match["before"].split()[-max(1, len(between.split())) :]
            if words[0].lower() not in ("the", "a", "an", "this", "that"):
                found[" ".join([*words, joiner, *([between] if between else []), rest])] += 1
    return found.most_common(1)[0][0] if found else None
