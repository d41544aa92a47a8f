"""Several titled members declaring together, in a sentence after the line's first.

Members who share an interest declare it in one sentence: "Cllr A Reed, Cllr B Shaw and
Cllr C Tull declared an interest in minute 19", "Cllr Dunn and Cllr Frew also declared
an interest in item 8". Opening its line, the list is `titled_list_declarers`'. But a
web page's paragraph, or a PDF's paragraph flattened onto one line, holds several
sentences: the list then follows another sentence ("... the Code of Conduct for
Councillors. Cllr A Reed, Cllr B Shaw and Cllr C Tull declared an interest ..."), where
the rules reading one name before "declared" take only the last member of it.

Read after a stop or a semicolon only, for a list of at least two members, every one
titled, joined by commas or "and", then "declared" (after "also", "each", "both" or
"all"); each member is a declaration on the line.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from .declaration_lists import LIST_SPLIT, TITLED_LIST
from .minute_paragraphs import PARAGRAPH_LEAD
from .text import plain

#: Where a later sentence may open: a stop or a semicolon, one to three spaces, a capital.
SENTENCE_BREAK = re.compile(r"[.;]\s{1,3}(?=[A-Z])")
#: Most sentences of a line tried (bounds the scan of a page flattened onto one line).
MAX_SENTENCES = 60


def titled_lists_mid_line(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each titled member of a list that declared, opening a sentence after the line's
    first ("... the Code of Conduct. Cllr A Reed and Cllr B Shaw declared an interest in
    item 6"), as printed; empty when the line holds no such list."""
    text = PARAGRAPH_LEAD.sub("", plain(line.text), count=1)
    if "declared" not in text or (" and " not in text and "," not in text):
        return []  # cheap test first
    found: list[DeclarationFacts] = []
    for k, stop in enumerate(SENTENCE_BREAK.finditer(text)):
        if k >= MAX_SENTENCES:
            break
        match = TITLED_LIST.match(text[stop.end() :])
        if match is None:
            continue
        names = [n.strip() for n in LIST_SPLIT.split(match["names"]) if n.strip()]
        found += [DeclarationFacts(name, text, line.number, minute) for name in names]
    return found
