"""What counts as markup in a line of converted text: the one place every stage asks.

Parsing strips it from the facts it reads; rendering strips it where a fact's text goes
somewhere plain (open data, a comparison of words). Neither stage owns it, so it lives here.
"""

from __future__ import annotations

import re

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
