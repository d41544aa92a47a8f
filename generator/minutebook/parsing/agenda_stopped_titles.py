"""An agenda item whose title closes with a full stop and runs on into its description.

A parish agenda typed as a list prints each item as its title, a full stop and a
sentence or two about it, on one line: "7. Allotments. To consider the tenancy renewals
for 2026.", "9.1 Applications withdrawn. To note;". Read whole, the line is no title (a
sentence too long to be one, or closing on a semicolon). The title is the words before the
first full stop that a capital word follows, when they read as a title (no sentence's
verb among them) and a description follows them; a stop after an initial, a short word or
a title ("St.", "No. 5", "Cllr. Reid") ends no title.
"""

from __future__ import annotations

import re

from ..vocabulary import TITLES
from .agenda_items import CODED, INSTRUCTION, ItemLine, item_line, reads_as_title

#: a full stop after a word of three letters or figures or more, then a capital or a
#: bracket opening the description
STOP = re.compile(r"(?<=\w{3})\.[ ]{1,3}(?=[A-Z(])")
#: Words of a title at most (of the agenda's instruction, "To consider ...", more), and of
#: the description after it at least
MAX_TITLE_WORDS = 12
MAX_INSTRUCTION_WORDS = 20
MIN_DESCRIPTION_WORDS = 2
#: Characters of the line searched for the title's stop
MAX_TITLE_CHARS = 160
#: words of a sentence, never of a title: "8. The Council agreed that ... . The Clerk ..."
SENTENCE_WORDS = frozenset(
    ("is", "are", "was", "were", "be", "been", "will", "has", "have", "had", "agreed", "noted")
)
#: titles a stop follows without ending anything ("Cllr. Reid", "Mrs. Ash")
TITLE_WORDS = frozenset(title.rstrip(".") for title in TITLES)


def stopped_title(text: str) -> ItemLine | None:
    """The item of a line whose title closes with a full stop before its description ("7.
    Allotments. To consider ..." is item 7, "Allotments"); None when the line is not so."""
    coded = CODED.match(text.strip())
    if coded is None:
        return None
    rest = coded["title"]
    stop = STOP.search(rest, 0, MAX_TITLE_CHARS)
    if stop is None:
        return None
    title = rest[: stop.start()].strip()
    words = title.split()
    limit = MAX_INSTRUCTION_WORDS if INSTRUCTION.match(title) else MAX_TITLE_WORDS
    if not words or len(words) > limit or words[-1] in TITLE_WORDS:
        return None
    if SENTENCE_WORDS.intersection(w.lower() for w in words):
        return None  # a sentence's stop, no title's
    if len(rest[stop.end() :].split()) < MIN_DESCRIPTION_WORDS or not reads_as_title(title):
        return None
    return item_line(f"{coded['code']} {title}")
