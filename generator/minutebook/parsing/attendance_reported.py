"""Who came, as a minute reports it in a clause rather than a list.

A board's minutes often report a guest or a substitute inside a longer sentence:

    The Board was also advised that Ann Reid had attended the meeting as an observer.
    The Board was advised that Ben Moss was attending as Cara Lowe's substitute and Dev
    Hart, Director of Children's Services, was attending this meeting as Eve Dunn's
    substitute.

`reported_observers` reads the first (someone "had attended ... as an observer" after
"that"); `possessive_substitutes` the second ("X was attending as Y's substitute", the
person stood in for before the word "substitute"). The substitute's clause starts after
"that", or after the "and" ending the clause before; a post after the substitute's
name, set off by a comma, is not part of the name. Both return None when the line says no
such thing.
"""

from __future__ import annotations

import re

from ..vocabulary import NAME

#: "... advised that Ann Reid had attended the meeting as an observer"
REPORTED_OBSERVER = re.compile(
    rf"\bthat\s+(?P<names>{NAME}(?:(?:,\s+|\s+and\s+){NAME}){{0,5}})\s+(?:had\s+)?attended"
    r"\s+(?:the\s+|this\s+)?(?:meeting\s+)?as\s+(?:an?\s+)?observers?\b"
)
#: "... was attending (this meeting) as Cara Lowe's substitute"
AS_THEIR_SUBSTITUTE = re.compile(
    rf"\s+(?:was|were|is)\s+(?:attending|present)\s+(?:(?:at\s+)?(?:the|this)\s+meeting\s+)?"
    rf"as\s+(?P<for>{NAME})['’]s?\s+substitute\b"
)
#: Where the clause naming the substitute begins: after "that", or after the "and"
#: following the clause before (the first one: a post may hold an "and" of its own)
AFTER_THAT = re.compile(r"\bthat\s+(?=[A-Z])")
AFTER_AND = re.compile(r"(?:\band|;)\s+(?=[A-Z])")
#: ... or at the sentence's start
SENTENCE_START = re.compile(r"(?:^|\.\s+)(?=[A-Z])")
#: The substitute's name at the clause's start, before any comma and post
LEADING_NAME = re.compile(rf"^{NAME}")
#: Longest clause read back from "was attending" to its start
MAX_CLAUSE = 200


def reported_observers(text: str) -> str | None:
    """'... advised that Ann Reid had attended the meeting as an observer': the names;
    None otherwise."""
    if "observer" not in text:
        return None
    match = REPORTED_OBSERVER.search(text)
    return match["names"] if match else None


def possessive_substitutes(text: str) -> list[tuple[str, str]] | None:
    """'Ben Moss was attending as Cara Lowe's substitute': (substitute, whom for) for
    each; None when there is none."""
    if "substitute" not in text:
        return None
    found: list[tuple[str, str]] = []
    done = 0  # where the clause before ended
    for match in AS_THEIR_SUBSTITUTE.finditer(text):
        region = text[max(done, match.start() - MAX_CLAUSE) : match.start()]
        thats = list(AFTER_THAT.finditer(region))
        starts = list(SENTENCE_START.finditer(region)) if not done else []
        start = thats[-1] if thats else AFTER_AND.search(region)
        if start is None and starts:
            start = starts[-1]
        name = LEADING_NAME.match(region[start.end() :]) if start else None
        if name is not None:
            found.append((name.group(), match["for"]))
        done = match.end()
    return found or None


#: "Councillor A Reid attended the meeting in accordance with Procedure Rule 1.37 (b).":
#: a councillor who is no member of the body came under the rule that lets any member
#: attend, as the label "Members attending under Standing Order 21:" says of a list
ATTENDED_UNDER_RULES = re.compile(
    r"^(?P<names>(?:Councillors?|Cllrs?\.?)\s[^.;:]{2,200}?)\s+(?:also\s+)?attended"
    r"\s+(?:the\s+|this\s+)?(?:meeting\s+)?(?:in\s+accordance\s+with|under)\s+"
    r"(?:(?:Council|Committee|the)\s+){0,2}(?:Procedure\s+Rules?|Standing\s+Orders?|Rules?|SO)"
    r"\b[^;:]{0,60}$"
)


def attended_under_rules(text: str) -> str | None:
    """'Councillor A Reid attended the meeting in accordance with Procedure Rule 1.37':
    the names of the councillors who attended under the rules (also present)."""
    match = ATTENDED_UNDER_RULES.match(text.strip())
    return match["names"] if match else None
