"""Decisions whose formula was lost: the clause standing alone.

Minutes print "RESOLVED" in bold or in a left column, and a committee system's web page
or a converted table often drops it, leaving the decision's clause on a paragraph of its
own: "Upon being put to the vote, it was" over "That Cllr A Reid be elected Chairman.",
or "That Mrs B Moss be appointed as Chair." alone under the minute's title. A web page
whose "RESOLVED:" label sat in a cell of its own leaves the clause in lower case, as it
followed the label: "that the minutes ... be signed as a true record." (read only as a
paragraph's first line, never a wrapped line of prose), "that the order of business be
as printed on the agenda".

`bare_clause` is read only when no other rule found the minute's decision
(`resolutions`): a paragraph opening "That" (or "THAT"), its clause in the mandative
form ("... be elected", "... be noted"); not a clause under a label or lead-in ending
with a colon ("Recommendation:", "The Panel is asked to:"), which quotes what was
proposed (a web page's own "Minutes:" label is no such lead-in); not a motion whose
outcome under it says it failed ("LOST", "The motion fell"): a council electing its
leader may record motions put and lost before the one carried. (An
election told as a fact, "Cllr A Reid was elected as Chair", is not read as a decision.)
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain

#: "That Cllr A Reid be re-elected Chairman ...", "That the report be noted": the clause
#: of a decision with its formula lost (the verb after "be" a participle)
#: "... be noted", "... be re-elected", "... be given": the mandative verb of a decision's
#: clause ("be" and a participle)
BE_DONE = (
    r"\s+be\s+(?:as\s+)?(?:re-?)?"
    r"(?:[a-z]{2,20}ed|given|made|held|sent|taken|kept|paid|set|put|drawn|shown|done|written)\b"
)
CLAUSE = re.compile(r"^(?:\(?\d{1,2}[.)]\s+)?(?:[Tt]hat|THAT)\s+[^;]{1,200}?" + BE_DONE)
#: A committee system's own labels over the minute's text: no lead-in to a proposal
PAGE_LABELS = frozenset({"minutes:", "minute:"})
#: "That apologies be received from Cllr A Reid": the record's attendance in a clause
APOLOGIES = re.compile(r"^(?:\(?\d{1,2}[.)]\s+)?That\s+(?:the\s+)?apologies\b", re.IGNORECASE)
#: "LOST", "The motion fell", "Not carried (3 for, 5 against)": a vote's outcome under a
#: motion that failed, alone on its line
FAILED = re.compile(
    r"^(?:(?:the\s+)?(?:motion|amendment|proposal)\s+(?:was\s+)?)?"
    r"(?:lost|fell|defeated|rejected|not\s+carried)\b[^.;]{0,60}\.?$",
    re.IGNORECASE,
)


def _below(body: list[Line], k: int) -> str:
    return next(
        (plain(body[j].text).strip() for j in range(k + 1, len(body)) if body[j].text.strip()),
        "",
    )


def _above(body: list[Line], k: int) -> str:
    return next(
        (plain(body[j].text).strip() for j in range(k - 1, -1, -1) if body[j].text.strip()), ""
    )


def bare_clause(body: list[Line]) -> tuple[str, int] | None:
    """The first clause standing as a paragraph of its own, with its line; None when the
    minute holds none, or only under a label that quotes a proposal."""
    for k, line in enumerate(body):
        text = plain(line.text).strip()
        if not CLAUSE.match(text):
            continue
        if text.startswith("that") and k and body[k - 1].text.strip():
            continue  # "that" opening a paragraph only: the label "RESOLVED:" lost before it
        if APOLOGIES.match(text):
            continue  # "That apologies be received from ...": the attendance, not a decision
        if under_lead_in(body, k):
            continue  # "Recommendation:" over "That the report be noted": proposed
        if FAILED.match(_below(body, k)):
            continue  # "That Cllr A be appointed" over "LOST": a motion that failed
        return text, line.number
    return None


def under_lead_in(body: list[Line], k: int) -> bool:
    """Whether the text above line `k` is a label or lead-in ending with a colon
    ("Recommendation:", "The Panel is asked to:"), under which a clause quotes a proposal;
    a committee system's own "Minutes:" label is none."""
    above = _above(body, k)
    return above.endswith((":", ":-", ":–")) and above.casefold() not in PAGE_LABELS
