"""Substitutes named in a sentence of their own that says nobody they stood in for.

Boards whose members each have a named deputy record the substitutes after the apologies
in a sentence that names no absent member: "Cllrs A Reid and B Moss attended the meeting
as substitutes.", "Councillor C Lowe attended as a substitute member." Such names were
read as nobody. They are substitutes, whom for unsaid (no capacity), as "(substitute
member)" alone after a name is; a sentence that goes on to "for X", "as his substitute"
or "in place of" is another rule's.
"""

from __future__ import annotations

import re

from .names import lower_case_words

#: "Cllrs A Reid and B Moss attended the meeting as substitutes." at a sentence's start,
#: ended by its stop (nothing after "substitute(s)" but the stop or the line's end).
UNPAIRED = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<names>[A-Z][^.;:()]{2,300}?)\s+(?:also\s+)?"
    r"(?:attended|(?:was|were)\s+(?:present|in\s+attendance))\s+(?:the\s+meeting\s+)?"
    r"as\s+(?:a\s+)?[Ss]ubstitutes?(?:\s+[Mm]embers?)?\s*(?:[.;]|$)"
)
#: Longer lines are no sentence of this kind (the pattern is bounded; so is the line).
MAX_TEXT = 1200


def unpaired_substitutes(text: str) -> list[str] | None:
    """The names of each sentence saying that they attended as substitutes, with nobody
    named whom they stood in for; None when no sentence says so."""
    if "ubstitute" not in text or len(text) > MAX_TEXT:
        return None
    found = [
        m["names"].strip()
        for m in UNPAIRED.finditer(text.strip())
        if lower_case_words(m["names"]) <= 1  # "and" between names; no clause
    ]
    return found or None
