"""Small text helpers shared by the parsers (no knowledge of any layout)."""

from __future__ import annotations

from ..markup import plain
from ..vocabulary import SMALL_WORDS

__all__ = ["SMALL_WORDS", "plain", "title_case"]


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
