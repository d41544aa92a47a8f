"""Declarations in the passive, several on one line: "... interest was declared by Cllr X".

Parish and town clerks often minute each declaration with the interest first and the
member last: "A personal interest was declared by Cllr A Reed in item 7", "Pecuniary
interests were declared by Councillor B Shaw". A paragraph of them flattened onto one
line, or typed with its stops lost ("... in Application 24/0101/FUL A pecuniary interest
was declared by Cllr C Tull in item 9"), holds several; the line rules take its first
titled name only.

Read in a declarations minute: each titled member right after "interest(s) was/were
declared by" (or "declaration(s) of interest was/were made by"), as printed, on the line;
empty for a line holding fewer than two such declarations (one is the line rules').
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from .declaration_lists import ONE_TITLED
from .minute_paragraphs import PARAGRAPH_LEAD
from .text import plain

#: The interest, then the verb in the passive, then "by" and the titled member.
PASSIVE_DECLARATION = re.compile(
    r"\b(?i:interests?\s+(?:was|were|had\s+been)\s+declared"
    r"|declarations?\s+of\s+(?:an?\s+)?[\w\s,-]{0,40}?interests?\s+(?:was|were)\s+made)"
    rf"\s+by\s+(?:the\s+[A-Z][\w-]{{1,20}},?\s+)?(?P<who>{ONE_TITLED})"
)
#: At most this many declarations read on one line (bounds the scan).
MAX_PASSIVES = 20


def passive_declarations(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each titled member a line says an interest was declared by ("Personal interest was
    declared by Cllr A Reed in item 7 A pecuniary interest was declared by Cllr B Shaw in
    item 9"), as printed; empty when the line holds fewer than two."""
    text = PARAGRAPH_LEAD.sub("", plain(line.text), count=1)
    lowered = text.lower()
    if lowered.count(" by ") < 2 or "interest" not in lowered:
        return []  # cheap test first
    found: list[DeclarationFacts] = []
    for k, match in enumerate(PASSIVE_DECLARATION.finditer(text)):
        if k >= MAX_PASSIVES:
            break
        who = match["who"].strip().rstrip(".")
        if all(d.as_written != who for d in found):
            found.append(DeclarationFacts(who, text, line.number, minute))
    return found if len(found) >= 2 else []
