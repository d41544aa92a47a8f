"""Each name's reason in an apologies sentence, where the names go on after it.

Parish minutes give a reason after each name sending apologies, and the next name after
the reason:

    Apologies were received from Cllr A Reid who was on holiday and Cllr B Moss who
    was unwell.

A reason is no name, but the names do not end at the first one: the list goes on at the
next titled name joined by "and" or a comma. A sentence broken inside a reason leaves its
end at the start of the next line ("... Cllr A Reid who was on" / "holiday and Cllr B
Moss."): the lower-case words before the next titled name are still the reason.
"""

from __future__ import annotations

import re

from ..vocabulary import PARTICLES, PLURAL_TITLE, SMALL_WORDS, TITLE

#: a reason without a clause's verb: "for medical reasons", "for work commitments", "on
#: holiday", "through illness", "for illness"
ABSENCE_REASON = (
    r"(?:for\s+(?:[a-z]+\s+){0,2}(?:reasons?|commitments?)|on\s+holiday"
    r"|(?:through|for)\s+(?:illness|ill[- ]health|sickness))"
)
#: the words that open a reason (not "and it was noted ...", which ends the list)
REASON = re.compile(
    rf"^,?\s*(?:who|whose|as\s+s?he|due\s+to|owing\s+to|because|{ABSENCE_REASON})\b"
)
#: where the names go on: "and", "&", a comma or a semicolon before a titled name
NEXT_NAME = re.compile(rf"(?:\s+and|\s+&|,|;)\s+(?={TITLE}\s+[A-Z])")
#: a titled name inside a clause: someone else, so no reason
TITLED = re.compile(rf"(?<![\w'’-]){TITLE}\s+[A-Z]")
#: someone standing in for the name: a substitution, not a reason
STOOD_IN = re.compile(r"(?i)substitut|replac|in\s+(?:his|her|their)\s+place|deputis|behalf")
#: words saying someone came: the sentence's, never a reason's
CAME = re.compile(r"(?i)\battend|\bpresent\b|[()]")
#: the longest reason read past
MAX_REASON = 100
#: brackets, blanked to keep offsets (a reason's words inside one are the name's)
BRACKETS = re.compile(r"\([^()]*\)")
#: lower-case words a list of names may go on with on its next line ("and Cllr B Moss",
#: "the Chair (Cllr A Reid)", "also from Mr C Lowe")
LIST_WORDS = SMALL_WORDS | {"from", "also"}
#: the first word of a line, lower case: a reason carried over from the line above
LOWER_FIRST = re.compile(r"^(?P<word>[a-z][\w'’-]*)")


def a_reason(clause: str) -> bool:
    """Whether a clause after a name is its reason for absence ("who was on holiday",
    "due to work"): no one else named in it, nobody standing in ("who was substituted by
    Cllr B Moss"), no full stop."""
    return (
        REASON.match(clause) is not None
        and "." not in clause
        and TITLED.search(clause) is None
        and STOOD_IN.search(clause) is None
    )


def without_reasons(names: str, clause: re.Pattern[str]) -> str:
    """The names of an apologies sentence without each reason after them ("Cllr A Reid
    who was on holiday and Cllr B Moss" gives "Cllr A Reid and Cllr B Moss"): `clause`
    finds where a reason or the rest of the sentence starts; the names stop there unless
    the clause is a reason with a titled name after it."""
    kept: list[str] = []
    rest = names
    while rest:
        outside = BRACKETS.sub(lambda m: " " * len(m.group()), rest)
        found = clause.search(outside)
        if found is None:
            kept.append(rest)
            break
        # the clause's leading spaces may be a masked bracket's: "A Hale (with B Moss
        # substituting) owing to work" keeps its bracket
        lead = len(outside[found.start() :]) - len(outside[found.start() :].lstrip(", "))
        kept.append(rest[: found.start() + lead].rstrip(", "))
        after = NEXT_NAME.search(outside, found.end(), found.start() + MAX_REASON)
        if after is None or not a_reason(outside[found.start() : after.start()]):
            break
        kept.append(" and ")
        rest = rest[after.end() :]
    return "".join(kept)


def carried_reason_cut(text: str) -> str:
    """A line an apologies sentence goes on to, without the end of a reason carried over
    from the line above ("holiday and Cllr B Moss" gives "Cllr B Moss"); the text as it
    is when it opens with a capital, a small word ("and", "the") or a surname's particle."""
    first = LOWER_FIRST.match(text)
    if first is None or first["word"] in LIST_WORDS or first["word"] in PARTICLES:
        return text
    after = NEXT_NAME.search(text[: MAX_REASON + 10])
    carried = text[: after.start()] if after is not None else text
    if len(carried) > MAX_REASON or not a_reason(f"who {carried}") or CAME.search(carried):
        return text  # "attended as substitute.": the sentence's own words, no reason
    return text[after.end() :] if after is not None else ""


#: A sentence of an apologies minute stating why, its names its subject: "Cllr A Reid and
#: Moss were both on holiday.", "County Councillor C Lowe at a County meeting." (a titled
#: name first, then a verb of being or "at", then the reason in words to the full stop)
STATED_REASON = re.compile(
    rf"(?:^|(?<=\.\s)|(?<=\.\s\s))"
    rf"(?P<names>(?:{PLURAL_TITLE}|{TITLE})\s+[A-Z][\w'’ ,&.-]{{0,120}}?)"
    r"(?P<reason>\s+(?:(?:was|were|is|are|had\s+been|have\s+been)(?:\s+(?:both|all|also))?"
    r"\s+[a-z]|at\s+(?:an?\s+|the\s+)?[A-Za-z])[^.]{0,120}\.)(?=\s|$)"
)
#: the longest line rewritten
MAX_STATED = 1000
#: lower-case words a subject of names may hold: what joins them, a surname's particles
SUBJECT_WORDS = frozenset({"and", "&"}) | PARTICLES


def stated_reasons_cut(text: str) -> str:
    """An apologies minute's line with each sentence's stated reason and full stop blanked
    ("Cllr A Reid and Moss were both on holiday." keeps "Cllr A Reid and Moss", then a
    comma parting it from the next sentence's names and spaces, so offsets stay); the
    line as it is when no sentence states one."""
    if len(text) > MAX_STATED:
        return text
    return STATED_REASON.sub(_blanked_reason, text)


def _blanked_reason(found: re.Match[str]) -> str:
    """The names and a blanked reason; the sentence as printed when its subject holds more
    than names ("A Reid, for whom B Moss was substitute") or it says who came or stood in
    ("was not present for minute 4", "was substitute")."""
    lower = [w for w in found["names"].split() if w[:1].islower() and w not in SUBJECT_WORDS]
    if lower or CAME.search(found["reason"]) or STOOD_IN.search(found["reason"]):
        return found.group()
    return found["names"] + "," + " " * (len(found["reason"]) - 1)
