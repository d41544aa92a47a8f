"""A member and their ward or division after a comma: "Councillor A Reid, Eastgate".

A council's committee lists each member with the ward (a county's, the electoral
division) they sit for, after a comma, one member a line; the member's office may close
the line:

    Councillor A Reid, Eastgate (Chair)
    Councillor B Moss, St Anne's
    Mr C Lowe, Hale and Westbrook

The place is what the member represents. A place is a few capitalised words (with "and",
"on", "upon" ...), never initials, a title, a party or a post, so a list of names
("Councillor A Reid, C Lowe") is no such row.
"""

from __future__ import annotations

import re

from ..vocabulary import OFFICE_WORDS, STARTS_WITH_TITLE
from .membership_party_cells import is_party
from .names import POST_WORDS
from .text import plain

#: A bracket closing the line: the member's office or party, no part of the place
TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,40}\)$")
#: One word of a place's name: capitalised, or a joining word
PLACE_WORD = re.compile(r"^(?:[A-Z][\w'’.-]{1,30}|and|&|on|upon|the|with|in|le|by|under)$")
#: Words a ward's or division's name may run to
MAX_PLACE_WORDS = 6
#: "Councillors", "Cllrs": a plural title opens a list of names, not one member's row
PLURAL = re.compile(r"^(?:County\s)?(?:Councillors|Cllrs)\b")


def name_and_place(text: str) -> tuple[str, str] | None:
    """'Councillor A Reid, Eastgate (Chair)' as the titled name and the place
    ("Councillor A Reid", "Eastgate"). None unless the line is one singular-titled name,
    one comma, and a place's words."""
    row = plain(text).strip(" .;")
    if len(row) > 160 or row.count(",") != 1:
        return None
    name, _, place = row.partition(",")
    name, place = name.strip(), TRAILING_BRACKET.sub("", place.strip())
    if not STARTS_WITH_TITLE.match(name) or PLURAL.match(name):
        return None
    words = place.split()
    if not 1 <= len(words) <= MAX_PLACE_WORDS or not words[0][:1].isupper():
        return None
    if not all(PLACE_WORD.match(word) for word in words):
        return None
    if any(len(word.rstrip(".")) == 1 for word in words):
        return None  # "C Lowe": an initial, so a person
    lowered = {word.lower() for word in words}
    if STARTS_WITH_TITLE.match(place) or is_party(place) or lowered & (POST_WORDS | OFFICE_WORDS):
        return None
    return name, place
