"""A minute's later decisions: each decision paragraph after its first.

A parish's minute often records several decisions, one paragraph each ("3.1 Members
RESOLVED to adopt the audit report." ... "3.4 Members RESOLVED to submit an exemption
certificate."), and a borough's minute headed by its title alone may resolve to confirm
the minutes, then to exclude the press. `resolution` keeps the minute's first; each later
paragraph that itself opens a decision is one more. Numbered clauses under one formula
("RESOLVED: (i) ... (ii) ...") belong to that formula's decision and count once.
"""

from __future__ import annotations

import re

from ..model import Line
from .minute_headings import wraps_a_sentence
from .resolutions import Resolution, resolution

#: A clause printed without its formula ("(3) That the evaluation be circulated"): one
#: of the numbered clauses under the formula above it, no decision of its own.
BARE_CLAUSE = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s*)?That\b")
#: Lines of a minute searched for later decisions.
MAX_LINES = 400
#: Lines a paragraph's own decision is looked for in, from the paragraph's first line.
PARAGRAPH_REACH = 12


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _repeats(text: str, earlier: list[Resolution]) -> bool:
    """Whether the decision restates one before it: a web page printing the decision
    again after the minute's prose ("RESOLVED: That ..." under "Minutes:")."""
    words = _norm(text)
    return any(_norm(r.text) in words or words in _norm(r.text) for r in earlier)


def all_resolutions(body: list[Line]) -> list[Resolution]:
    """Every decision of a stretch of a record, in order: its first and each further one
    (a record's opening, before any minute heading, is read as one minute's body)."""
    first = resolution(body[:MAX_LINES])
    return [] if first is None else [first, *further_resolutions(body, first)]


def further_resolutions(body: list[Line], first: Resolution | None) -> list[Resolution]:
    """The decisions after `first` whose text opens on a line of their own paragraph,
    in order; none when the minute has no first decision."""
    if first is None:
        return []
    found: list[Resolution] = []
    taken = _norm(first.text)
    lines = body[:MAX_LINES]
    for k, line in enumerate(lines):
        # a flattened paper's pieces share their line's number: a later piece may hold a
        # later decision (the first's own pieces, and itself again, are passed over below)
        if line.number < first.line or not line.text.strip():
            continue
        if _norm(line.text) and _norm(line.text) in taken:
            continue
        if wraps_a_sentence(lines, k, line.text.strip()):
            continue  # "... be noted and" / "recommended to ...": the decision above
        decided = resolution(lines[k : k + PARAGRAPH_REACH])
        if decided is None or decided.line != line.number:
            continue
        if BARE_CLAUSE.match(decided.text) or _repeats(decided.text, [first, *found]):
            continue
        found.append(decided)
        taken = _norm(decided.text)
    return found
