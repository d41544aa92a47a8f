"""Labels of an attendance list printed in capitals over names in mixed case.

A parish clerk may type every label of the lists in capitals, the names as they are:

    PRESENT: CHAIRMAN: Dr A Reid
    MESDAMES: Mrs B Moss, Mrs C Lowe.
    CLERK TO THE COUNCIL – Mrs D Pym.

The readers of offices, courtesy plurals and posts before a dash know these words in the
case a sentence prints them ("Chairman:", "Clerk to the Council – ..."). `recased_labels`
puts each such label in capitals (an office, a post holding an office's word, a courtesy
plural) that is followed by a colon, or opens the line before a spaced dash, in title
case, its small words small, when the line holds a name in mixed case after it; other
labels (a group's "ELECTED MEMBERS:", a body's initials) are left as printed.
"""

from __future__ import annotations

import re

from ..vocabulary import OFFICE_WORDS
from .text import title_case

#: the courtesy plurals a parish heads its members with
COURTESY_PLURALS = frozenset({"MESDAMES", "MADAMES", "MESSRS"})

#: a label in capitals before its colon ("CHAIRMAN:", "CLERK TO THE COUNCIL:")
COLON_LABEL = re.compile(
    r"(?<![\w’'])(?P<label>[A-Z][A-Z’'&/-]{2,30}(?: [A-Z][A-Z’'&/-]{1,30}){0,4})(?=\s?:)"
)
#: a post in capitals opening the line before a spaced dash ("CLERK TO THE COUNCIL – ")
DASH_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Z’'&/-]{2,30}(?: [A-Z][A-Z’'&/-]{1,30}){0,4})(?=\s[–—-]\s)"
)
#: a word in mixed case: a name printed as names are
MIXED_WORD = re.compile(r"\b[A-Z][a-z]")
#: the longest line read
MAX_LINE = 600


def _recased(match: re.Match[str]) -> str:
    """The label in title case when it is an office or a courtesy plural; else as printed
    (a group's "ELECTED MEMBERS", a body's initials "WCA" are other readers')."""
    label = match["label"]
    words = {w.lower() for w in label.split()}
    if words & OFFICE_WORDS or label.rstrip(".") in COURTESY_PLURALS:
        return title_case(label)
    return label


def recased_labels(text: str) -> str:
    """The line with its labels in capitals put in title case (see the module's note)."""
    if len(text) > MAX_LINE or not MIXED_WORD.search(text):
        return text
    text = DASH_LABEL.sub(_recased, text, count=1)
    return COLON_LABEL.sub(_recased, text)
