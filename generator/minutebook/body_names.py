"""When two printed names name the same body.

Papers print a body's name many ways: in capitals, with or without "the", with "&" for
"and", with or without an apostrophe. Those differences never make another body. Words do:
"Surrey Police and Crime Panel" and "Essex Police, Fire and Crime Panel" are not the
"Kent and Medway Police and Crime Panel", although each contains the generic phrase
"Police and Crime Panel". So a printed name names a curated body only when, normalised, it
*is* the body's name or one of its phrases, or it *contains* the body's full name ("Kent
and Medway Police and Crime Panel Confirmation Hearing"). A name that adds words (a place)
to a generic phrase is another body.
"""

from __future__ import annotations

import re

ARTICLES = frozenset({"the", "a", "an"})
APOSTROPHES = re.compile(r"['’‘`]")
NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalise(name: str) -> str:
    """Lower case, '&' as 'and', no apostrophes, punctuation or articles, single spaces."""
    text = APOSTROPHES.sub("", name.lower().replace("&", " and "))
    return " ".join(w for w in NOT_WORD.sub(" ", text).split() if w not in ARTICLES)


def contains_words(text: str, words: str) -> bool:
    """Whether the normalised `words` appear in the normalised `text` as whole words."""
    return bool(words) and f" {words} " in f" {text} "


def names_in_full(printed: str, name: str) -> bool:
    """Whether a printed name is, or contains, the body's full name."""
    found = normalise(printed)
    return bool(found) and contains_words(found, normalise(name))


def names_body(printed: str, name: str, phrases: tuple[str, ...]) -> bool:
    """Whether a printed name names the body called `name` that `phrases` also name."""
    found = normalise(printed)
    return names_in_full(printed, name) or (
        bool(found) and found in {normalise(p) for p in phrases}
    )


def shortens(printed: str, name: str) -> bool:
    """Whether a printed name is a shortening of a body's name ("Police and Crime Panel" of
    "Surrey Police and Crime Panel"): how a paper speaks of its own body."""
    found = normalise(printed)
    return contains_words(normalise(name), found)
