"""A front sheet's membership flattened onto one line with no mark between its names.

An authority's agenda front sheet lists its members one a line, each titled, the chair's
and vice-chair's offices in a column beside the name. Text taken from the PDF with its
line breaks lost runs the heading and the list together with nothing but spaces between:

    ... Membership Councillor Ann Reid Chairman Councillor Ben Moss Councillor Cara Lowe
    Vice-Chairman Councillor Dan Pym For information about the meeting please ask ...

No colon or dash follows the heading (`membership.flattened_membership` needs one) and no
comma parts the names. Every entry starts with the same kind of title, so the list is
cut at each title; an entry is the title, its capitalised name words and perhaps an
office (no body: the office is held in the authority) or a bracket saying what the member
represents. The list ends at the first piece that is no such entry; the last entry's name
ends where the sentence after the list begins (its first word capitalised, the next not).
"""

from __future__ import annotations

import re

from ..model import Line, MembershipFacts
from .text import plain

#: The heading, with no separator after it, before a titled name
HEADING = re.compile(
    r"(?<![\w-])(?:Membership|MEMBERSHIP|Members|MEMBERS)\s{1,3}"
    r"(?=(?:County\s)?(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s)"
)
#: Where an entry starts: its title
TITLE = re.compile(r"(?<![\w-])(?:County\s)?(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s")
#: An office printed beside the name, last in its entry
OFFICE = re.compile(
    r"\s(?:\(\s?)?(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|woman|person)?|Convener|Convenor)"
    r"(?:\s?\))?$"
)
#: A bracket after the name: what the member represents
BRACKET = re.compile(r"\s\((?P<rep>[^()]{2,80})\)$")
#: One word of a name: capitalised, an initial, or a particle
NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]{0,30}|de|van|von|da|di|le|la)$")
#: Most name words after the title, the fewest entries that make a list, characters read
MAX_NAME_WORDS = 5
MIN_ENTRIES = 3
MAX_CHARS = 3000


def _entry(piece: str, last: bool) -> tuple[str, str] | None:
    """(name after the title, represents) of one piece between two titles; None when it
    is no entry. The last piece keeps its leading capitalised words only."""
    piece = piece.strip()
    if last:
        words = piece.split()
        k = 0
        while k < min(len(words), MAX_NAME_WORDS + 2) and NAME_WORD.match(words[k]):
            k += 1
        if 0 < k < len(words) and k >= 3 and words[k][:1].islower():
            k -= 1  # "... Dan Pym For information": "For" starts the next sentence
        piece = " ".join(words[:k])
    represents = ""
    bracket = BRACKET.search(piece)
    if bracket is not None:
        represents, piece = bracket["rep"].strip(), piece[: bracket.start()]
    office = OFFICE.search(" " + piece)
    if office is not None:
        piece = (" " + piece)[: office.start()].strip()
    words = piece.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not all(NAME_WORD.match(w) for w in words):
        return None
    return piece, represents


def flat_titled_members(line: Line) -> list[MembershipFacts] | None:
    """The members of a "Membership Councillor A Chairman Councillor B ..." run in the
    line; None when it holds none, or fewer than `MIN_ENTRIES`."""
    text = plain(line.text)
    heading = HEADING.search(text)
    if heading is None:
        return None
    rest = text[heading.end() : heading.end() + MAX_CHARS]
    titles = list(TITLE.finditer(rest))
    found: list[MembershipFacts] = []
    for k, title in enumerate(titles):
        last = k + 1 == len(titles)
        piece = rest[title.end() : len(rest) if last else titles[k + 1].start()]
        entry = _entry(piece, last) or (_entry(piece, True) if not last else None)
        if entry is None:
            break
        found.append(MembershipFacts(f"{title.group().strip()} {entry[0]}", entry[1], line.number))
        if not last and _entry(piece, False) is None:
            break  # the piece ran on past the name: the list is over
    return found if len(found) >= MIN_ENTRIES else None
