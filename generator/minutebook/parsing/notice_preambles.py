"""The law a notice or summons is given under, printed before the notice's own words.

A parish or town council's clerk may open the summons by citing the law that requires it,
on the same line as the notice: "In accordance with Paragraph 10 (2)(b) of Schedule 12 of
the Local Government Act 1972 You are hereby summoned to attend a meeting of X ...",
"In accordance with schedule 12, para 9(1) of the Local Government Act 1972 Notice is
hereby given that ...", "Pursuant to the Council's Standing Orders, members are requested
to attend ...". Other councils print the Act as a heading of its own over the notice. The
clause names no body and no meeting: read as the line's start it hid the notice, and the
paper was left unread. The clause runs from "In accordance with" (or "Pursuant to",
"Under the provisions of") to the law's noun ("Act", "Regulations", "Standing Orders"),
with its year; what follows is the notice. The reader returns None when the line does not
open with such a clause.
"""

from __future__ import annotations

import re

from .legal_bases import LAW_OPENING

#: "In accordance with Paragraph 7 & 10 (2)(b) of Schedule 12 of the Local Government Act
#: 1972", "Pursuant to Standing Order 5,": the clause, then the separator before the notice
LEGAL_PREAMBLE = re.compile(
    LAW_OPENING
    + r"[^.;:]{0,200}?\b(?:act|regulations|standing\s+orders?(?:\s+(?:no\.?\s*)?\d{1,3})?)"
    r"(?:\s{1,3}(?:19|20)\d\d)?\b[\s,–-]{1,6}",
    re.IGNORECASE,
)
#: Longest line searched for the clause
MAX_LINE = 600


def after_legal_preamble(text: str) -> str | None:
    """The line's text after the clause citing the law the notice is given under ("In
    accordance with ... Act 1972 You are hereby summoned ..." -> "You are hereby summoned
    ..."); None when the line does not open with such a clause or nothing follows it."""
    if len(text) > MAX_LINE:
        return None
    found = LEGAL_PREAMBLE.match(text)
    if found is None:
        return None
    rest = text[found.end() :].strip()
    return rest or None
