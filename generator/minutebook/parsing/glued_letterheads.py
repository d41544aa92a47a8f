"""An authority's letterhead run into the minutes heading under it, on one line.

A council prints its name over the heading ("KELBRIDGE BOROUGH COUNCIL" above "MINUTES OF
COUNCIL MEETING HELD IN ..."), and a converter that flattens the page's first lines joins
the two: "KELBRIDGE BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD ...". The heading
then names the meeting's body only as "Council", and no line above holds the letterhead;
the words before "Minutes of" / "Agenda of" / "Notice of", when they are only an
authority's name, are the letterhead.
"""

from __future__ import annotations

import re

from .letterheads import authority_name
from .text import plain

#: the letterhead's words, then the heading's opening words
GLUED = re.compile(
    r"(?P<name>\S.{3,80}?)\s+(?=(?:minutes|agenda|notice)\s+of\b)",
    re.IGNORECASE,
)


def glued_authority(text: str) -> str | None:
    """The authority whose name runs into the heading on the heading's own line
    ("Eastby Town Council Minutes of the Meeting ..."); else None."""
    found = GLUED.match(plain(text).strip(" #*_"))
    if found is None:
        return None
    return authority_name(found["name"])
