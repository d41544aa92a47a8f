"""'Ann Constable': a member whose surname is a police rank, not the rank.

"Constable" is an office word (a rank alone, "Chief Constable", "Police Constable" name
no one), and it is a surname too. In a list of members by forename and surname

    Councillors Ann Reid, Ben Constable, Carol Lowe

the piece "Ben Constable" is a person: the rank is only ever printed alone or after one
of its qualifiers ("Chief", "Deputy", "Police", "Special", "Detective", ...), never after
a forename. So a piece of two capitalised words whose second is the rank and whose first
is no qualifier nor another office word is a name, not a post.
"""

from __future__ import annotations

import re

from ..vocabulary import OFFICE_WORDS, ORGANISATION_WORDS

#: "Ben Constable": a capitalised word, then the rank, nothing else
FORENAME_RANK = re.compile(r"^(?P<first>[A-Z][a-z][\w'’-]{0,20})\s{1,3}Constable$")
#: Words that make "X Constable" the rank: its grades, its force and how it is held
RANK_QUALIFIERS: frozenset[str] = frozenset(
    {
        "acting", "assistant", "chief", "deputy", "detective", "high", "lord", "petty",
        "police", "special", "temporary", "trainee", "woman",
    }
)  # fmt: skip


def rank_as_surname(phrase: str) -> bool:
    """Whether a list's piece is a person whose surname is the rank ("Ben Constable"), not
    the rank itself ("Chief Constable", "Police Constable")."""
    match = FORENAME_RANK.match(phrase.strip())
    if match is None:
        return False
    first = match["first"].lower()
    return first not in RANK_QUALIFIERS and first not in OFFICE_WORDS | ORGANISATION_WORDS
