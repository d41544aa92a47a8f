"""A list of those present printed as bare surnames, commas between them.

Some councils print their members by surname alone, with initials only where two share a
surname, and the chair's office in brackets after the name:

    Present:
    Kerr (Chair), Arundale, Biswas, C Hobson, J Hobson, Mrs H Pearson, OBE, Walker

On the line under the label, a first entry of one word reads like a heading ("Apologies",
"Welcome"), so such a line was taken for no list. `surname_list` tells the roll apart: a
comma list of `MIN_ENTRIES` or more entries, every entry a name (capitalised words and
initials, a title or an honour, a bracket after it), most of them one word, and no word
in lower case but "and".
"""

from __future__ import annotations

import re

from ..vocabulary import CAPITALISED_NAME_WORD, IS_HONOUR, IS_TITLE
from .names import NAME_LIST_SPLIT

#: One word of an entry: a capitalised surname ("McTigue", "O'Neill", "Renner-Thompson")
#: or an initial ("C", "H.")
WORD = re.compile(rf"^(?:{CAPITALISED_NAME_WORD}|[A-Z]\.?)$")
#: A bracket after an entry's name: its office ("(Chair)")
BRACKET = re.compile(r"\s*\([^()]{1,40}\)")
#: Fewest entries that make a roll; the longest text read
MIN_ENTRIES = 4
MAX_CHARS = 3000


def _entry_words(entry: str) -> list[str] | None:
    """The name words of one entry, its title, honour and bracket left off; None when an
    entry is no name."""
    words = BRACKET.sub("", entry).split()
    words = [w for w in words if not IS_TITLE.match(w) and not IS_HONOUR.match(w.rstrip("."))]
    if not words or len(words) > 4 or not all(WORD.match(w) for w in words):
        return None
    return words


def surname_list(text: str) -> bool:
    """Whether `text` is a comma list of surnames (see the module's docstring)."""
    if len(text) > MAX_CHARS or "," not in text:
        return False
    entries = [e for e in NAME_LIST_SPLIT.split(text.strip().rstrip(".")) if e.strip()]
    if len(entries) < MIN_ENTRIES:
        return False
    single = 0
    for entry in entries:
        words = _entry_words(entry)
        if words is None:
            if IS_HONOUR.match(entry.strip().rstrip(".")):
                continue  # "Mrs H Pearson, OBE": the honour after a comma
            return False
        single += len(words) == 1 and not IS_TITLE.match(entry.split()[0])
    return single * 2 > len(entries)
