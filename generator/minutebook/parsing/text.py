"""Small text helpers shared by the parsers (no knowledge of any layout)."""

from __future__ import annotations

import re

from ..markup import plain
from ..vocabulary import SMALL_WORDS

__all__ = ["SMALL_WORDS", "plain", "split_outside_parentheses", "title_case"]


def split_outside_parentheses(text: str, separators: re.Pattern[str]) -> list[str]:
    """Split on a separator pattern, except inside (...)."""
    pieces: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = separators.match(text, i)
            if match:
                pieces.append(text[start:i])
                start = i = match.end()
                continue
        i += 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def title_case(name: str) -> str:
    """A name or title printed in capitals, for a paper's title. Notices print a body's
    name in capitals ("KENT AND MEDWAY POLICE AND CRIME PANEL") and reports their subject
    ("MAKING KENT SAFER PLAN: DELIVERY AND PERFORMANCE"); `str.title` would give "Kent And
    Medway ...", so small words stay lower case. Mixed case is kept as printed."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(
        w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )
