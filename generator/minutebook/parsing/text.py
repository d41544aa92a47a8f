"""Small text helpers shared by the parsers (no knowledge of any layout)."""

from __future__ import annotations

import re

from ..vocabulary import SMALL_WORDS

BOLD = re.compile(r"\*\*|__")
#: A closed tag of any length: "<" then a letter, "/", "!" or "?" (as HTML starts a tag), up to
#: the next ">". No "<" inside, so each "<" is scanned once: linear in the text's length.
#: An unclosed "<img ..." is left as text: every sink escapes it (see test_hostile).
TAGS = re.compile(r"<[A-Za-z/!?][^<>]*>")
SPACES = re.compile(r"[ \t\u00a0]+")


def plain(text: str) -> str:
    """Text without Markdown emphasis markers, HTML tags or repeated spaces."""
    text = TAGS.sub(" ", text)
    text = BOLD.sub("", text)
    text = re.sub(r"(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)", "", text)
    return SPACES.sub(" ", text).strip()


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
