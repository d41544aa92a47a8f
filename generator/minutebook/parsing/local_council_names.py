"""A parish, town or community council headed only by its kind, named in full by its text.

A local council's minutes often head the meeting with the council's kind alone: "Minutes
of the Parish Council Meeting held on ...", "Minutes of the Town Council's Annual Meeting
held on ...", the place being the letterhead's or the web site's. When no letterhead
names the council, the text may: "the Meeting of Eastby Parish Council held on 3 May",
"Clerk to Eastby Parish Council". The name the text gives the council with its place in
front, said at least twice and more often than any other, is the body's; a text naming
no such council, or two as often, leaves the kind alone (a paper is never filed under a
council it does not name).
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Line
from .text import plain

#: the heading's body: a local council's kind alone, maybe possessive
KIND_ONLY = re.compile(
    r"(?:the\s+)?(?P<kind>parish|town|community|village|city)\s+council(?:['’]s?)?",
    re.IGNORECASE,
)
#: Lines of a paper searched for the council's full name
SEARCHED_LINES = 400
#: Most words of a place before the council's kind
PLACE_WORDS = 3
#: Fewest times the text must name the council
MIN_MENTIONS = 2
#: capitalised words that open a title or sentence, never a place
NOT_PLACE = frozenset(
    (
        "the", "this", "that", "other", "ordinary", "previous", "annual", "extraordinary",
        "special", "full", "each", "every", "any", "our", "your", "minutes", "meeting",
        "agenda", "notice", "draft", "clerk", "chairman", "chair", "dear", "monthly",
        "district", "county", "borough", "neighbouring", "adjoining", "all", "local",
    )
)  # fmt: skip


def local_council_in_text(body: str, lines: list[Line]) -> str | None:
    """'<place> Parish Council' as the text names it most often, when the heading names
    the council only by its kind ("Parish Council", "the Town Council's"); else None."""
    found_kind = KIND_ONLY.fullmatch(body.strip())
    if found_kind is None:
        return None
    kind = found_kind["kind"].title()
    name = re.compile(
        rf"\b(?P<place>(?:[A-Z][a-z][A-Za-z'’-]{{0,29}}\s+){{1,{PLACE_WORDS}}})"
        rf"(?i:{kind}\s+council)\b"
    )
    found: Counter[str] = Counter()
    for line in lines[:SEARCHED_LINES]:
        for match in name.finditer(plain(line.text)):
            words = match["place"].split()
            while words and words[0].lower() in NOT_PLACE:
                words = words[1:]
            if words and not any(w.lower() in NOT_PLACE for w in words):
                found[" ".join(words)] += 1
    ranked = found.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
        return None
    return f"{ranked[0][0]} {kind} Council"
