"""A search engine's snippet of the file, printed by its host above the paper.

A paper saved from a document host may open with the description the host took from a
search engine: passages of the paper cut short and joined with middle dots ("MINUTES OF A
MEETING OF THE COUNCIL HELD ON TUESDAY … · Monday 2nd May 2022 due to the...", "Page 1:
Agenda for the Meeting of the Fenby Board ... · Inspection Letter. 12. ... minute..."). Its
words are the paper's torn from their sentences: read as the opening, a record took its
date from another passage and its time from none. Such a line (an elision right before a
middle dot) stays the paper's first line, but the meeting readers skip it when they look
for the opening (see `openings.opening_lines`).
"""

from __future__ import annotations

import re

#: Longest snippet line
MAX_SNIPPET_CHARS = 400
#: passages cut short ("…", "...", a stray byte or two after it) and joined with a middle dot
SNIPPET = re.compile(r".{3,300}?(?:…|\.{3})\S{0,4}[ \t]·[ \t].{1,300}")


def snippet_line(text: str) -> bool:
    """Whether a (stripped) line is a search engine's snippet (see SNIPPET)."""
    return len(text) <= MAX_SNIPPET_CHARS and SNIPPET.fullmatch(text) is not None
