"""A note under an attendance list of someone coming late or leaving early.

Town and parish councils' minutes often add a note among the lists, or put one under the
apologies item, that says when a member came or would come: "NB: Cllr Mrs A Reid joined
the meeting at 7.45pm.", "Cllr B Moss may be late.", "Cllr C Lowe arrived at 8pm." Such
a note names someone already listed (or someone not absent at all), so it is no list of
names: the reader passes over it and the list around it goes on.
"""

from __future__ import annotations

import re

#: "joined the meeting", "arrived at 7.40", "left the meeting", "may be late"
COMING_OR_GOING = re.compile(
    r"^(?:N\.?\s?B\.?\s*:?\s*|Note\s*:\s*)?"
    r"[A-Z][^:;]{0,120}?\s"
    r"(?:(?:joined|re-?joined|arrived|left|entered|departed)\s+(?:the\s+meeting|at\s+\d|late)"
    r"|(?:may|might|will|would|is|was|were|are)\s+(?:be\s+|being\s+)?(?:late|delayed)"
    r"|(?:arrived|arriving|arrives)\s+late)"
    r"\b[^;]{0,80}$",
    re.IGNORECASE,
)


def coming_or_going(text: str) -> bool:
    """Whether a line is a note that someone came late, will be late or left: "NB: Cllr A
    Reid joined the meeting at 7.45pm.", "Cllr B Moss may be late."."""
    text = text.strip()
    if len(text) > 240 or re.search(r"apolog|substitut|present|attendance", text, re.IGNORECASE):
        return False  # "Apologies from A Reid; B Moss will be late": the list is there too
    if "(" in text or text.count(",") > 1:
        return False  # "Cllr A Reid (left at 8pm), Cllr B Moss": a list with a timing
    return COMING_OR_GOING.match(text) is not None
