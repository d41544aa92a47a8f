"""A body printed only by its kind in a paper's heading, named in full by the paper's text.

A committee system's page heads a meeting with the committee's name alone ("Health and
Wellbeing Board - Thursday 23 May 2024 10.00 am"), and a panel's minutes may print only
"Police and Crime Panel" over the date; the place whose board or panel it is appears
only in the text: "The Eastby Health and Wellbeing Board noted ...", "the Chair of the
Eastby and Westby Police and Crime Panel". When the heading's name holds no word of its
own (only the words every such body's name holds), the name the text gives it with its
place in front, the one said most often, is the body's. A name of one word ("Council",
"Cabinet") is left alone: the text names other councils too. Nor is every word in front
a place: a meeting's kind ("the Extraordinary Standards Committee") or another authority
("the County Council Licensing Committee", in a district's minutes) is none.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Line
from .text import plain

#: Words any body's name may hold without naming whose body it is
KIND_WORDS = frozenset(
    (
        "health", "wellbeing", "well-being", "board", "police", "crime", "panel", "committee",
        "sub-committee", "fire", "rescue", "authority", "audit", "governance", "standards",
        "scrutiny", "overview", "and", "&", "of", "the", "for", "joint", "planning",
        "licensing", "safer", "communities", "community", "safety", "partnership",
        "pension", "pensions", "fund", "local", "appeals", "regulatory", "risk",
    )
)  # fmt: skip
#: Words before a body's name that say which meeting it held ("the Extraordinary Standards
#: Committee held on ..."), never whose body it is
MEETING_KIND_WORDS = frozenset(
    ("extraordinary", "special", "annual", "ordinary", "additional", "adjourned", "reconvened")
)
#: The last word of an authority's name: "the County Council Licensing Committee" is the
#: county's committee, another body than a district's "Licensing Committee"
AUTHORITY_NOUNS = frozenset(("council", "authority", "corporation"))
#: Lines of a paper searched for the body's full name
SEARCHED_LINES = 400
#: Most words of the place put before the body's name
PLACE_WORDS = 4
#: a word of a place's name: "Eastby", "Upper", "St"
PLACE_WORD = re.compile(r"[A-Z][A-Za-z'’.-]{1,30}")


def generic(body: str) -> bool:
    """Whether a body's name holds only the words every such body's name holds (two words
    at least: "Health and Wellbeing Board", "Police and Crime Panel")."""
    words = body.lower().split()
    return len(words) >= 2 and all(w in KIND_WORDS for w in words)


def named_in_text(body: str, lines: list[Line]) -> str | None:
    """The body's name with its place in front, as the paper's text says it most often
    ("the Eastby Health and Wellbeing Board"), when the heading prints it only by its kind;
    else None."""
    if not generic(body):
        return None
    name = re.compile(
        rf"\bthe\s+(?P<place>(?:[A-Z][A-Za-z'’.-]{{1,30}}\s+(?:and\s+)?){{1,{PLACE_WORDS}}})"
        rf"{re.escape(body)}\b",
        re.IGNORECASE,
    )
    found: Counter[str] = Counter()
    for line in lines[:SEARCHED_LINES]:
        for match in name.finditer(plain(line.text)):
            place = match["place"].split()
            if place[-1].lower() == "and" or not all(
                PLACE_WORD.fullmatch(w) for w in place if w.lower() != "and"
            ):
                continue
            if any(w.lower() in (KIND_WORDS | MEETING_KIND_WORDS) - {"and"} for w in place):
                continue  # "the Joint Health and Wellbeing Board": a kind, no place
            if place[-1].lower() in AUTHORITY_NOUNS:
                continue  # "the County Council Licensing Committee": another's
            found[" ".join(place)] += 1
    if not found:
        return None
    place = found.most_common(1)[0][0]
    return f"{place} {body}"
