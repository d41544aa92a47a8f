"""An election the meeting held, told as a fact rather than as a resolution.

Councils and committees electing their chair often print no formula: the minute says who
was chosen, "Ms A Reed was elected as Chair of the Parish Council (proposed ..., seconded
...)", "Cllr B Shaw was elected unanimously as Chairman for the year",
"C Tull, being the only Member willing to serve, was duly elected as Chairman for the
ensuing year". Under a heading that names the office the sentence may give only the
outcome: "Cllr B Shaw was elected unopposed", "Cllr B Shaw was elected by 5 votes to 4" (or
"by four votes"), "Cllr B Shaw was declared elected". The election is the body's decision,
and the sentence stating it is the minute's decision, from its first word, or from the name
elected when the sentence first closes the nominations ("There being no other nominations,
Cllr B Shaw was elected ...", `nominations_closed`).

Kept out, because they report what someone else decided or when: a sentence with a
reporting verb or a clause before the election ("The Chair reported that Cllr A was
elected ...", "Cllr A, who was elected ..."), an election by another body ("... was
elected Chairman of the Association at its AGM", "... by the County Council"), an
election "had been" held elsewhere, a pronoun as the subject, and offices other than the
chair's, mayor's, leader's, convener's or president's (a ward's councillor is elected by
the voters; with no office named, a sentence naming a ward, an election or a council).
"""

from __future__ import annotations

import re

from .nominations_closed import after_nominations_closed

#: The office a meeting elects someone to: "Chair", "Vice-Chairman", "Deputy Mayor",
#: "Leader", "Convener", "Presiding Member", "President".
OFFICE = (
    r"(?:(?:Vice|Deputy)[\s-]{1,3})?"
    r"(?:Chair(?:man|woman|person)?|(?:Town\s+)?Mayor|Leader|Conven[eo]r|President"
    r"|Presiding\s+Member)\b"
)
#: The office named in the election's words.
OFFICE_NAMED = re.compile(OFFICE, re.IGNORECASE)
#: "was elected", "was duly elected as", "was unanimously re-elected as the", "was elected
#: unanimously as", "was appointed Chairman of the Forum", "was declared as Vice-Chairman",
#: "was declared to be Chairman" (an office named after it); with
#: no office after it, only as the election's whole outcome, the
#: minute's heading naming the office: "Cllr B was elected unopposed.", "Cllr B was
#: elected by 5 votes to 4", "Cllr B was elected by a majority vote", "Cllr B was declared
#: elected"; the outcome drawn from what went before: "Cllr B was thus re-elected as
#: Chairman"; the sentence ending on the outcome ("Councillor B was duly appointed.") or
#: the clerk's formula after it ("Cllr B was elected Resolved").
ELECTED = re.compile(
    r"\b(?:was|were)\s+(?:(?:duly|unanimously|thus|therefore|then)\s+)?(?:re-?)?"
    r"(?:elected|appointed|declared(?:\s+to\s+be)?)\s+(?:unopposed\s+|unanimously\s+)?"
    r"(?:as\s+)?(?:the\s+)?"
    + OFFICE
    + r"|\bwas\s+(?:(?:duly|thus|therefore|then)\s+)?(?:declared\s+(?:duly\s+)?"
    r"(?:re-?)?elected\b|(?:re-?)?elected\s+(?:unopposed|unanimously"
    r"|by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}|by\s+(?:a\s+)?majority(?:\s+vote)?"
    # "was elected by four votes with two abstentions": the count in words
    r"|by\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+votes)\b)"
    r"|\bwas\s+(?:duly\s+)?(?:re-?)?(?:elected|appointed)(?=\s*(?:\.?$|\.\s|\s(?-i:Resolved|"
    r"RESOLVED|Agreed|AGREED)\b))",
    re.IGNORECASE,
)
#: After an election with no office named: a seat the voters filled ("... for the Hill
#: Ward", "... at the by-election", "... to the District Council").
SEAT = re.compile(
    r"\b(?:ward|division|elections?|by-elections?|seat|council|to\s+the)\b", re.IGNORECASE
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
#: Where the election's own clause ends and another begins: "... re-elected as Chairman
#: and completed her Declaration of Office, witnessed by the Clerk"
CLAUSE_BREAK = re.compile(r",|\s(?:and|but)\s")
#: What ends a sentence before the election's one, on the same line (not a title's stop:
#: "Cllr. A Reed", "Mrs. B Shaw", nor an initial's: "Councillor K. Lowe"): a stop, or one
#: closing an aside ("... presided.)"), with the next paragraph's letter ("(a) Cllr A Reed
#: was elected ...")
SENTENCE_END = re.compile(
    r"(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.;!?][)\]]?\s+"
    r"(?:\([a-z]{1,3}\)\s+)?(?=[A-Z])"
)


def election_stated(text: str) -> int | None:
    """Where in `text` the sentence stating the meeting's election begins ("Ms A Reed was
    elected as Chair of the Parish Council."), else None."""
    head = text[:400]
    lowered = head.lower()
    if "elected" not in lowered and "appointed" not in lowered and "declared" not in lowered:
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
    sentence = rest[: stop.start() if stop else len(rest)]
    # "... by the County Council" after the office; not a later clause's "and completed her
    # declaration, witnessed by the Clerk"
    if ANOTHERS.search(CLAUSE_BREAK.split(sentence, maxsplit=1)[0]):
        return None
    if not OFFICE_NAMED.search(match.group()) and SEAT.search(sentence):
        return None
    return after_nominations_closed(head, start)  # "There being no other nominations, "
