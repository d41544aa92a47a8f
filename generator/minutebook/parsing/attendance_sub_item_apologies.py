"""Apologies recorded under a sub-item of a minute with another title.

A committee system's minutes may number their business in groups ("1 General" with
"1(1) Apologies", "1(2) Members' Disclosures"), so the apologies sentence sits in the body
of a minute whose own title is not about attendance. "Apologies were received from ..."
opening a paragraph is unmistakable wherever it stands: when the paper has recorded no
apologies yet, those lines are read as the apologies.
"""

from __future__ import annotations

import re

from ..model import Line

#: "Apologies were received from", "Apologies for absence were received from/on behalf of"
APOLOGIES_SENTENCE = re.compile(
    r"^apolog(?:ies|y)\s+(?:for\s+absence\s+)?(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:received|submitted|tendered|intimated)\s+(?:from|on\s+behalf\s+of)\s+\S",
    re.IGNORECASE,
)
#: Lines of a paragraph read after its first (a sentence wrapped over lines).
MAX_LINES = 4


def apologies_paragraph(body: list[Line]) -> list[Line] | None:
    """The lines of the first paragraph of a minute's body that opens with an apologies
    sentence, up to the blank line after it; None when no paragraph does."""
    for at, line in enumerate(body):
        if APOLOGIES_SENTENCE.match(line.text.strip()):
            out = [line]
            for more in body[at + 1 : at + 1 + MAX_LINES]:
                if not more.text.strip():
                    break
                out.append(more)
            return out
    return None
