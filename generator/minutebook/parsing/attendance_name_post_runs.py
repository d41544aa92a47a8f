"""Officers listed on the label's line as "Name, Post;" with no title before the name.

Scottish councils print the officers who attended on one run after the label, each name
bare (initials, or a forename, and a surname) with its post after a comma, the entries
parted by semicolons:

    Attending: A. Reid, Chief Executive; B. Moss, Head of Legal and Democratic
    Services; and C. Lowe, Committee Services Officer.

The posts' small words ("of", "and") make the run look like a sentence to the list
reader, which would then read no label there and leave the officers in the list above
it. A run whose first two entries are each a bare name, a comma and a capitalised post,
parted by a semicolon, is a list, not a sentence.
"""

from __future__ import annotations

import re

#: A bare name: initials with or without stops ("E. Howat", "A.B. Reid", "S Turner"), or
#: a forename or two and a surname ("Ann Reid", "Mary Ann Lowe")
BARE_NAME = (
    r"(?:(?:[A-Z]\.\s?){1,3}|[A-Z]\s|[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?)"
    r"(?:Mac|Mc|O['’]|De\s|Van\s)?[A-Z][\w'’-]{1,30}"
)
#: One entry: the name, a comma, a capitalised post running up to the semicolon
ENTRY = rf"{BARE_NAME},\s[A-Z][^;]{{2,120}}"
#: The run's first two entries, parted by a semicolon
RUN = re.compile(rf"^{ENTRY};\s(?:and\s)?{ENTRY}(?:;|\.?$)")
#: Longest run looked at
MAX_RUN = 3000


def name_post_run(text: str) -> bool:
    """Whether the rest of a label's line opens a run of "Name, Post;" entries ("A. Reid,
    Chief Executive; B. Moss, Head of Finance; ..."): a list of officers, not a
    sentence."""
    return len(text) <= MAX_RUN and RUN.match(text.strip()) is not None
