"""A label printed letter-spaced for emphasis ("S e d e r u n t :", "P r e s e n t"), as
Scottish councils' minutes print the attendance label: the conversion keeps a space
between every letter, so no reader knows the word. The letters are joined again.

Only a short line holding one such word (a capital, then lower-case letters, each a
single letter apart, a colon or dash after it or not) is joined: a row of capitals
("A B C D", a grid's columns) or of initials is left alone. No letter is lost.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: "S e d e r u n t :", "P r e s e n t", "A p o l o g i e s -": a capital, then four to
#: twenty lower-case letters, each after one space; an optional closing colon or dash
LETTER_SPACED = re.compile(
    r"^(?P<indent>[ \t]{0,40})(?P<word>[A-Z](?: [a-z]){4,20})(?P<close>[ \t]{0,3}[:–—-])?$"
)


def join_letter_spaced_labels(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Each letter-spaced label's letters joined ("S e d e r u n t :" -> "Sederunt:")."""
    out: list[Line] = []
    for line in lines:
        match = LETTER_SPACED.match(line.text) if len(line.text) <= 90 else None
        if match is None:
            out.append(line)
            continue
        close = (match["close"] or "").strip()
        out.append(Line(line.number, f"{match['indent']}{match['word'].replace(' ', '')}{close}"))
    return out, []
