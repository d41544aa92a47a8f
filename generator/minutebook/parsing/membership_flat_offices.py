"""A cabinet's members run on after their label, each named by initials and followed by
the office they hold, on a front sheet flattened onto one line.

A council's cabinet summons lists its members with each one's office or portfolio
after the name, no bracket or comma between: "To: Councillors: A. Reid Leader of the
Council B.J. Moss Deputy Leader and Housing Portfolio Leader Mrs. C. Lowe Finance
Portfolio Leader ...". Flattened, the names are found by their initials with full stops
and a surname; the words between two names are the first one's office (an office, not
what the member represents). At least `MIN_NAMES` names, each office a few words in
title case, make such a list; else None.
"""

from __future__ import annotations

import re

from ..model import Line, MembershipFacts
from .text import plain

#: "Mrs. C. Mitchell", "J.P.T.L. Preece", "G. Adamson": a courtesy title perhaps, initials
#: with full stops, and a surname
NAME = re.compile(
    r"(?<!\S)(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?[ ]{1,2})?(?:[A-Z]\.[ ]{0,2}){1,5}"
    r"[A-Z][a-z][A-Za-z'’-]{0,30}(?=[ ]|$)"
)
#: "Councillors: ", "To: Councillors: ": the label over the list
LABEL = re.compile(r"(?<!\S)(?:Councillors|Cllrs|Members)[ ]{0,2}:[ ]{1,3}")
#: Fewest names that make a list, most words of an office between two names
MIN_NAMES = 3
MAX_OFFICE_WORDS = 14
#: Characters read after the label at most, names at most
MAX_CHARS = 3000
MAX_NAMES = 80
#: small words an office's title keeps in lower case
SMALL_WORDS = frozenset({"of", "and", "the", "for", "&", "-", "–", "to", "with"})


def _office(words: list[str]) -> bool:
    """Whether the words between two names read as an office ("Deputy Leader of the
    Council and Planning Portfolio Leader"): a few words, each capitalised or small."""
    if not 0 < len(words) <= MAX_OFFICE_WORDS or words[-1].lower() in SMALL_WORDS:
        return False
    return all(w[:1].isupper() or w in SMALL_WORDS for w in words)


def flat_initialled_offices(line: Line) -> list[MembershipFacts] | None:
    """The members listed after "Councillors:" by initials, each followed by an office
    (see the module's docstring); None when the line holds no such list."""
    text = plain(line.text)
    for label in LABEL.finditer(text):
        names: list[str] = []
        at = label.end()
        for name in NAME.finditer(text, label.end(), label.end() + MAX_CHARS):
            if len(names) >= MAX_NAMES:
                break
            if names and not _office(text[at : name.start()].split()):
                break
            if not names and name.start() != label.end():
                break
            names.append(name.group())
            at = name.end()
        if len(names) >= MIN_NAMES:
            return [MembershipFacts(name, "", line.number) for name in names]
    return None
