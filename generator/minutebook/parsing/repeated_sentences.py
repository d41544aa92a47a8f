"""A meeting's sentence printed twice: cut short as a title, then whole under it.

A document host titles a saved paper with its first words, cut where the title's room
ends ("A MEETING of the BOROUGH of FENBY Will Be Held"), and the paper's own sentence
follows it with the date, time and place ("A MEETING OF THE BOROUGH OF FENBY Will be held
at THE HALL, FENBY on THURSDAY, 4 MAY 2026 at 6.00pm"). The cut title is a sentence
naming no date; read first, it hid the whole one. A later sentence naming the same body
is the same meeting's, and its date is taken; a sentence naming another body is not.
"""

from __future__ import annotations

import re

#: Characters of a body's name compared
MAX_BODY_CHARS = 200


def _key(body: str) -> str:
    return " ".join(re.sub(r"[^\w&]", " ", body[:MAX_BODY_CHARS]).casefold().split())


def repeats_body(first: str, later: str) -> bool:
    """Whether a later meeting sentence names the body a dateless one named (case and
    punctuation aside)."""
    key = _key(first)
    return bool(key) and key == _key(later)
