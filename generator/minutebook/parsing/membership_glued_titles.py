"""A summons' members run together on one line, the breaks between them lost.

A front sheet addressed "To: Members of the X Authority:" often lists its members one per
line or in columns under the address; converted from PDF (or copied from a web page) the
line breaks and column gaps can vanish, leaving the names glued end to end with only
their titles to tell them apart:

    To: Members of the Eastvale Fire Authority:

    Councillor Ann Bell Councillor Carl Dunn Councillor Edith Frost

Each title ("Councillor", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr") opens a new member; a
piece between two titles must read as a short name (capitalised words, at most four), or
the line is prose and nothing is read. Commas or "and" mean a list the ordinary readers
take, so such lines are left alone.
"""

from __future__ import annotations

import re

from ..model import Line, MembershipFacts
from .text import plain

#: "To: Members of the X:", "To: The Chair and Members of the X" with nothing after it
ADDRESS = re.compile(
    r"^To:?\s{1,4}(?:the\s{1,4})?(?:(?:Vice-?\s?)?Chair(?:man)?,?\s{1,4}(?:and\s{1,4})?)?"
    r"(?:all\s{1,4})?Members\s{1,4}of\s{1,4}[^()]{3,150}$",
    re.IGNORECASE,
)
#: Where a member starts: a title before a capitalised word
TITLE = re.compile(r"\b(?:Councillor|Cllr|Mrs|Mr|Ms|Miss|Dr)\.?\s{1,3}(?=[A-Z])")
#: One member: the title and a short name of capitalised words (an initial may end in ".")
MEMBER = re.compile(
    r"^(?:Councillor|Cllr|Mrs|Mr|Ms|Miss|Dr)\.?\s{1,3}"
    r"(?:[A-Z][\w'’.-]{0,25}\s{1,3}){0,3}[A-Z][\w'’-]{1,25}$"
)
#: Blank lines allowed between the address and the names, and lines of names at most
LOOK_AHEAD = 3
MAX_LINES = 40
#: Members on a line at least: one is an ordinary one-name line
MIN_MEMBERS = 2


def glued_members(text: str) -> list[str] | None:
    """The members of one line of titled names glued together ("Councillor A Bell
    Councillor C Dunn"); None unless every piece is a short titled name and there are two
    at least."""
    text = plain(text).strip()
    if "," in text or ";" in text or " and " in text or len(text) > 2000:
        return None
    starts = [m.start() for m in TITLE.finditer(text)]
    if len(starts) < MIN_MEMBERS or starts[0] != 0:
        return None
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    if not all(MEMBER.match(piece) for piece in pieces):
        return None
    return pieces


def addressed_glued(lines: list[Line], n: int) -> list[MembershipFacts] | None:
    """The members under a summons' address on line n, glued on the lines below it; None
    when line n is no bare address or no glued names follow."""
    if not ADDRESS.match(plain(lines[n].text).strip().rstrip(":")):
        return None
    found: list[MembershipFacts] = []
    blanks = 0
    for line in lines[n + 1 : n + 1 + MAX_LINES]:
        if not line.text.strip():
            blanks += 1
            if found or blanks > LOOK_AHEAD:
                break
            continue
        names = glued_members(line.text)
        if names is None:
            break
        found += [MembershipFacts(name, "", line.number) for name in names]
    return found or None
