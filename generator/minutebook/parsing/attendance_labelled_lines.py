"""'Officers Present: Ann Reid, Ben Moss': an attendance label and its names on one line,
in its own paragraph, is the attendance block, never an unnumbered minute's title.

Minutes that print their attendance as short paragraphs, a blank line between them,

    Present: Councillor A Reid (Chairman), Councillors B Moss and C Lowe.

    Officers Present: Dai Hart and Eve Pym.

    Apologies: Councillors F Ward and G Yorke.

look, line by line, like titles alone between blank lines where the minutes print no
number; each is a label, a colon, then the people it lists. `labelled_names` tells such
a line: an attendance label the reader knows, a colon, then a titled name, a plural title
or a forename and surname (not "None", nor a sentence).
"""

from __future__ import annotations

import re

from ..vocabulary import PLURAL_TITLE

#: A plural title opening the names: "Councillors B Moss and C Lowe"
PLURAL_OPENING = re.compile(rf"^{PLURAL_TITLE}\s+", re.IGNORECASE)
#: The first name listed, up to its comma, "and", bracket or stop
FIRST_NAME = re.compile(r"^(?P<name>[^,;(]{1,60}?)(?:\s*[,;(]|\s+and\s|\.?$)")
#: Longest line read
MAX_LINE = 600


def labelled_names(text: str) -> bool:
    """Whether a line is an attendance label with a colon and the names it lists."""
    from .attendance import label_line  # it reads the minutes' headings' modules
    from .names import looks_like_a_person

    text = text.strip()
    if len(text) > MAX_LINE or ":" not in text[:40]:
        return False
    found = label_line(text)
    if found is None or not found[2]:
        return False
    names = PLURAL_OPENING.sub("", found[2])
    first = FIRST_NAME.match(names)
    return first is not None and looks_like_a_person(first["name"])
