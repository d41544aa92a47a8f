"""Numbered clauses left standing when a web page lost the decision's label.

A committee system's web page prints "RESOLVED that" in bold on a line of its own over
the decision's numbered clauses; saved as text, the label is often lost and the clauses
stand alone, in lower case as they ran on from it: "1) the minutes of the meeting ... be
received and adopted;" over "2) the minutes ... be received and all recommendations
approved." (a council receiving its committees' minutes), or "(1) that the minutes ...
are re-submitted to a future meeting;" over "(2) that ...". The minute then showed no
decision. (A lone "That ..." clause in capitals is `bare_clauses`' rule.)

Read only when no other rule found the minute's decision: a run of numbered paragraphs
from "1" on, each opening in lower case; the first closing on the list's semicolon (or
"; and") and opening with "that" or with a clause in the mandative form ("the minutes
... be received"). Not under a lead-in ending with a colon ("Members are asked to:"
quotes a proposal). The clauses are one decision, as printed, from the first one's line.
"""

from __future__ import annotations

import re

from ..model import Line
from .bare_clauses import BE_DONE, under_lead_in
from .minute_paragraphs import numbered
from .text import plain

#: The printed number and the item's text after it: "1) the minutes", "(2) that ...".
ITEM = re.compile(r"^\(?(?P<number>\d{1,2})[.)]\s+(?P<text>[a-z].*)$")
#: What the first clause opens with: "that ...", or the mandative "the X be received".
OPENS_DECISION = re.compile(r"^(?:that\b|[^;]{1,200}?" + BE_DONE + r")")
#: How a list's item other than the last ends: "...;", "...; and", "..., and".
LIST_END = re.compile(r"(?:;|;\s*and|,\s*and)$")
#: Most clauses and lines of one clause read (bounds the look ahead).
MAX_ITEMS = 20
MAX_ITEM_LINES = 6


def _paragraph(body: list[Line], k: int) -> tuple[str, int]:
    """The text of the paragraph starting at line `k` (its lines joined, up to a blank
    line) and the index after it."""
    parts: list[str] = []
    j = k
    while j < len(body) and body[j].text.strip() and len(parts) < MAX_ITEM_LINES:
        parts.append(plain(body[j].text).strip())
        j += 1
    return " ".join(parts), j


def _next_text(body: list[Line], j: int) -> int | None:
    return next((i for i in range(j, len(body)) if body[i].text.strip()), None)


def _clauses_from(body: list[Line], k: int) -> list[str] | None:
    """The numbered clauses from line `k` on, when they read as a decision's; else None."""
    first, j = _paragraph(body, k)
    match = ITEM.match(first)
    if match is None or match["number"] != "1" or not numbered(first):
        return None
    if not OPENS_DECISION.match(match["text"]) or not LIST_END.search(first):
        return None
    clauses = [first]
    while len(clauses) < MAX_ITEMS:
        at = _next_text(body, j)
        if at is None:
            break
        text, after = _paragraph(body, at)
        item = ITEM.match(text)
        if item is None or item["number"] != str(len(clauses) + 1):
            break
        clauses.append(text)
        j = after
    return clauses if len(clauses) >= 2 else None


def lost_label_clauses(body: list[Line]) -> tuple[str, int] | None:
    """The decision's numbered clauses standing without their label ("1) the minutes ...
    be received and adopted;" / "2) ..."), joined, with the first one's line; None when
    the minute holds no such run."""
    for k, line in enumerate(body):
        if not ITEM.match(plain(line.text).strip()):
            continue
        if k and body[k - 1].text.strip():
            continue  # a clause opens a paragraph of its own
        if under_lead_in(body, k):
            continue  # "The Committee is asked to:" over "1) note ...": proposed
        clauses = _clauses_from(body, k)
        if clauses is not None:
            return " ".join(clauses), line.number
    return None
