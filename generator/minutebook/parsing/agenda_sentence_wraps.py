"""An agenda item printed as a sentence that wraps, flush left, onto the lines under it.

A town council's summons to its annual meeting lists the ceremony's steps as numbered
sentences, and a narrow page wraps them with no indent:

    5. The Mayor will ask for a nomination for the Office of Mayor of Fenby Town
    Council for the Municipal Year 2024/2025.
    6. The nomination will be proposed by Councillor A Reid and seconded by
    Councillor B Moss.

The item is the whole sentence. `wrapped_sentence` joins an item's line to the lines
under it when the line reached the page's width without a stop, each line under it is
no item, mark or description of its own, and the last of them (at most `MAX_LINES`)
closes the sentence with its full stop (a web page may set one blank line between the
lines). The first line under it must go on with the
sentence: in lower case, after a word no sentence ends on ("... seconded by" /
"Councillor B Moss."), or, when the item's line is a sentence (it holds "will", "is",
...), after a capitalised word a name broke ("... Fenby Town" / "Council for ...").
"""

from __future__ import annotations

import re

from ..model import Line
from .agenda_items import DESCRIPTION, OPEN_ENDINGS
from .agenda_wraps import WRAPPED_WIDTH

#: an item's number at the margin: "5. ", "5.The", "5) "
NUMBERED = re.compile(r"^\d{1,2}[.)]\s{0,4}[A-Z]")
#: a line that opens an item, a sub-item or a bullet of its own
OWN_MARK = re.compile(r"^(?:\d{1,3}[.)]|\(?[a-z]{1,4}\)|\(?[A-Z][.)]\s|[-•·*]\s)")
#: words that make a sentence of an item's line ("The Mayor will ask ...")
SENTENCE_VERB = re.compile(r"\b(?:will|shall|is|are|was|were|has|have)\b")
#: more words no sentence ends on, besides a title's open endings
OPEN_WORDS = OPEN_ENDINGS | {"by", "be", "at", "from", "as", "into"}
STOPS = (".", ":", ";", "?", "!")
#: Most lines a sentence wraps onto
MAX_LINES = 3


def _goes_on(item: str, below: str) -> bool:
    """Whether the first line under the item's line carries its sentence on."""
    if below[:1].islower():
        return True
    words = item.split()
    if words and words[-1].lower() in OPEN_WORDS:
        return True
    return words[-1][:1].isupper() and SENTENCE_VERB.search(item) is not None


def wrapped_sentence(lines: list[Line], n: int) -> tuple[str, int] | None:
    """The item's line at `n` joined to the lines its sentence wraps onto, with how many
    lines under it the sentence takes; None when the line is no such item."""
    text = lines[n].text.rstrip()
    if not NUMBERED.match(text) or len(text) < WRAPPED_WIDTH or text.endswith(STOPS):
        return None
    parts = [text]
    blank_before = False  # a blank line between the sentence's lines, as a web page sets it
    for k in range(n + 1, min(len(lines), n + 1 + 2 * MAX_LINES)):
        raw = lines[k].text.rstrip()
        below = raw.strip()
        if not below and not blank_before and len(parts) <= MAX_LINES:
            blank_before = True  # one blank line between lines of the sentence
            continue
        blank_before = False
        if not below or raw[:1].isspace() or OWN_MARK.match(below) or DESCRIPTION.match(below):
            return None
        if len(parts) == 1 and not _goes_on(text, below):
            return None
        parts.append(below)
        if below.endswith("."):
            return " ".join(parts), k - n
        if below.endswith(STOPS) or len(parts) > MAX_LINES:
            return None
    return None
