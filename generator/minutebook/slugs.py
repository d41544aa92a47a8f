"""URL slugs derived from content only, so adding documents never changes a URL."""

from __future__ import annotations

from slugify import slugify as _slugify


def slug(text: str, max_length: int = 80) -> str:
    """A lowercase, hyphenated, ASCII slug ('Mike Hill' -> 'mike-hill')."""
    cleaned = text.replace("'", "").replace("’", "")
    return _slugify(cleaned, max_length=max_length, word_boundary=True) or "untitled"


#: Names the site itself uses in every folder; a record never gets one as its id.
RESERVED = frozenset({"index", "data", "assets", "search", "404"})


def unique(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... the first not yet taken. Callers must offer bases in
    an order derived from content (never from file order) for this to stay stable."""
    candidate, n = base, 2
    if candidate in RESERVED:
        candidate = f"{base}-{n}"
        n += 1
    while candidate in taken or candidate in RESERVED:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
