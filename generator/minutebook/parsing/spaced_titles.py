"""A title in capitals whose spacing the conversion broke, closed up into its words.

Display type set with wide or uneven tracking converts with spaces inside its words and
none lost between them: "CLEV ELAN D FI RE A UTHO RITY ORDI NARY MEE TING". No title
reader knows such a line, and the paper loses its meeting. The words of the genre's
titles are few (the kinds of authority and committee, the kinds of meeting), so the
letters are run together and cut again at those words: what lies between two of them is
the place's name ("CLEVELAND FIRE AUTHORITY ORDINARY MEETING"). A short word ("AND",
"OF", "THE") is cut only where a printed piece began, so the "AND" inside a place's name
stays in it. `mended_title` returns None for a title that is not so broken.
"""

from __future__ import annotations

import re

#: the genre's title words
GENRE_WORDS = (
    "AUTHORITY", "COMMITTEE", "COUNCIL", "COUNTY", "BOROUGH", "DISTRICT", "POLICE",
    "CRIME", "PANEL", "FIRE", "RESCUE", "BOARD", "CABINET", "MEETING", "ORDINARY",
    "EXTRAORDINARY", "ANNUAL", "GENERAL", "SPECIAL", "JOINT", "COMBINED", "SCRUTINY",
    "OVERVIEW", "AUDIT", "GOVERNANCE", "PLANNING", "LICENSING", "STANDARDS",
    "EXECUTIVE", "NATIONAL", "PARISH", "HEALTH", "WELLBEING", "AGENDA", "MINUTES",
    "PARTNERSHIP", "COMMISSIONER", "NOTICE",
)  # fmt: skip
#: the same, longest first, so a longer word is tried before a shorter one inside it
TITLE_WORDS = tuple(sorted(GENRE_WORDS, key=len, reverse=True))
#: short words cut only where a printed piece begins
SHORT_WORDS = ("AND", "THE", "OF", "FOR")
#: a broken piece: one or two capitals that make no word of their own
BROKEN_PIECE = re.compile(r"[A-Z]{1,2}")
#: pieces of one or two letters that are words as printed
WHOLE_SHORT = frozenset({"OF", "TO", "AT", "ON", "IN", "BY", "&"})
#: Fewest broken pieces that mark a title as broken
MIN_BROKEN = 2
#: Longest title mended (a longer text is no title)
MAX_TITLE = 160


def _broken(pieces: list[str]) -> bool:
    """Whether a title's pieces show its spacing broken: MIN_BROKEN pieces of one or two
    capitals at least that are no words."""
    count = sum(1 for p in pieces if BROKEN_PIECE.fullmatch(p) and p not in WHOLE_SHORT)
    return count >= MIN_BROKEN


def mended_title(title: str) -> str | None:
    """The title closed up and cut at the genre's words ("CLEV ELAN D FI RE A UTHO RITY"
    -> "CLEVELAND FIRE AUTHORITY"), or None when it is not a broken title in capitals or
    no title word is found in it."""
    title = title.strip()
    if not title or len(title) > MAX_TITLE or not re.fullmatch(r"[A-Z& ]+", title):
        return None
    pieces = title.split()
    if not _broken(pieces):
        return None
    starts: set[int] = set()
    letters = ""
    for piece in pieces:
        starts.add(len(letters))
        letters += piece
    words: list[str] = []
    pending = ""
    found = False
    i = 0
    while i < len(letters):
        word = next((w for w in TITLE_WORDS if letters.startswith(w, i)), None)
        if word is None and i in starts:
            word = next((w for w in SHORT_WORDS if letters.startswith(w, i)), None)
        if word is None:
            pending += letters[i]
            i += 1
            continue
        if pending:
            words.append(pending)
            pending = ""
        words.append(word)
        found = found or word in TITLE_WORDS
        i += len(word)
    if pending:
        words.append(pending)
    return " ".join(words) if found else None
