"""Questions the parsing rules ask of a paper's lines: where the next text is, and whether a
line is short enough, and unpunctuated enough, to head something.

Kept apart from `parsing` so that `appendices` (which `parsing` calls) and the parsers can
share them without importing each other.
"""

from __future__ import annotations

import re

from ..model import Line

#: A numbered paragraph or section: "3. ", "(2) ", "4.1 ".
NUMBERED_TITLE = re.compile(r"^\(?\d+(?:\.\d+)*[.)]\s")


def markless(text: str) -> str:
    """The text without Markdown marks (bold, heading hashes, underscores, code ticks)."""
    return re.sub(r"[*#_`]+", "", text).strip()


def next_text(lines: list[Line], k: int) -> int | None:
    """The index of the first line after `k` with any text on it; None at the end."""
    return next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), None)


def heading_like(text: str, max_words: int = 10, max_chars: int = 80) -> bool:
    """A short line that could head a paper or a section: no bullet, no table cells, no
    numbered paragraph, no sentence or label ending; bold markers do not count."""
    stripped = text.strip()
    plain = markless(stripped)
    if not plain or len(plain) > max_chars or len(plain.split()) > max_words:
        return False
    if "\t" in stripped or stripped.startswith(("-", "•", "|", "<", ">")):
        return False
    return not NUMBERED_TITLE.match(plain) and not plain.endswith((".", ",", ";", ":"))
