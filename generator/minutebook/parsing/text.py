"""Small text helpers shared by the parsers (no knowledge of any layout)."""

from __future__ import annotations

from ..markup import plain
from ..vocabulary import SMALL_WORDS

__all__ = ["SMALL_WORDS", "plain", "title_case"]

#: the small words between a hyphened place name's parts ("Stratford-upon-Avon",
#: "Newcastle-under-Lyme", "Southend-on-Sea", "Barrow-in-Furness")
HYPHENED_SMALL_WORDS = SMALL_WORDS | {"upon", "under", "by", "le", "la", "en", "with", "next"}


def title_case(name: str) -> str:
    """A name or title printed in capitals, for a paper's title. Notices print a body's
    name in capitals ("KENT AND MEDWAY POLICE AND CRIME PANEL") and reports their subject
    ("MAKING KENT SAFER PLAN: DELIVERY AND PERFORMANCE"); `str.title` would give "Kent And
    Medway ...", so small words stay lower case, inside a hyphened place's name too ("ST
    STEPHEN-IN-BRANNEL": "St Stephen-in-Brannel"). Mixed case is kept as printed."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in SMALL_WORDS else _hyphened(w) for i, w in enumerate(words))


def _hyphened(word: str) -> str:
    """ "stratford-upon-avon": "Stratford-upon-Avon", each part capitalised but the small
    words between."""
    parts = word.split("-")
    return "-".join(
        p if k and p in HYPHENED_SMALL_WORDS else p[:1].upper() + p[1:] for k, p in enumerate(parts)
    )
