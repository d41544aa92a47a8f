"""An election the meeting held, told as a fact rather than as a resolution.

Councils and committees electing their chair often print no formula: the minute says who
was chosen, "Ms A Reed was elected as Chair of the Parish Council (proposed ..., seconded
...)", "There being no other nominations, Cllr B Shaw was elected Chairman for the year",
"C Tull, being the only Member willing to serve, was duly elected as Chairman for the
ensuing year". The election is the body's decision, and the sentence stating it is the
minute's decision, from its first word.

Kept out, because they report what someone else decided or when: a sentence with a
reporting verb or a clause before the election ("The Chair reported that Cllr A was
elected ...", "Cllr A, who was elected ..."), an election by another body ("... was
elected Chairman of the Association at its AGM", "... by the County Council"), an
election "had been" held elsewhere, a pronoun as the subject, and offices other than the
chair's, mayor's, leader's, convener's or president's (a ward's councillor is elected by
the voters).
"""

from __future__ import annotations

import re

#: The office a meeting elects someone to: "Chair", "Vice-Chairman", "Deputy Mayor",
#: "Leader", "Convener", "Presiding Member", "President".
OFFICE = (
    r"(?:(?:Vice|Deputy)[\s-]{1,3})?"
    r"(?:Chair(?:man|woman|person)?|(?:Town\s+)?Mayor|Leader|Conven[eo]r|President"
    r"|Presiding\s+Member)\b"
)
#: "was elected", "was duly elected as", "was unanimously re-elected as the".
ELECTED = re.compile(
    r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\s+(?:unopposed\s+)?"
    r"(?:as\s+)?(?:the\s+)?" + OFFICE,
    re.IGNORECASE,
)
#: Words before the election that make it another's report or another's act.
REPORTED = re.compile(
    r"\b(?:that|had|has|have|been|reported|noted|informed|advised|announced"
    r"|congratulated|confirmed|explained|welcomed)\b",
    re.IGNORECASE,
)
#: A pronoun as the subject names nobody chosen; a relative one ("Cllr A, who was
#: elected ...") tells of an election held before.
PRONOUN = re.compile(r"^(?:He|She|They|It|This|who|which|whom)$", re.IGNORECASE)
#: After the office: an election held by another body, or at another's meeting.
ANOTHERS = re.compile(r"\b(?:at\s+(?:its|their)|by\s+the)\b", re.IGNORECASE)
#: What ends a sentence before the election's one, on the same line.
SENTENCE_END = re.compile(r"[.;!?]\s+(?=[A-Z])")


def election_stated(text: str) -> int | None:
    """Where in `text` the sentence stating the meeting's election begins ("Ms A Reed was
    elected as Chair of the Parish Council."), else None."""
    head = text[:400]
    if "elected" not in head.lower():
        return None  # cheap test first
    match = ELECTED.search(head)
    if match is None:
        return None
    start = 0
    for end in SENTENCE_END.finditer(head, 0, match.start()):
        start = end.end()
    before = head[start : match.start()].strip()
    words = before.split()
    if not words or len(words) > 30 or PRONOUN.match(words[-1]):
        return None
    if not any(word[:1].isupper() for word in words[-4:]) or REPORTED.search(before):
        return None
    rest = head[match.end() :]
    stop = SENTENCE_END.search(rest)
    if ANOTHERS.search(rest[: stop.start() if stop else len(rest)]):
        return None
    return start
