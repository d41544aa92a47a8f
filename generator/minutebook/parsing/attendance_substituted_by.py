"""An apology with its substitute named after a dash: "Peter Lewis - Jennifer James substituted".

A partnership's minutes list the apologies one a line and note beside a name who came in
that member's place, after a spaced dash: "Ann Reid - Ben Moss substituted", "Ann Reid –
Ben Moss attended as substitute", "Ann Reid – substituted by Ben Moss". Read as printed,
the note is the apology's capacity. It says two facts: Ann Reid sent apologies, and Ben
Moss attended as her substitute. Only a note that is a name and the substitution's verb
is read so; any other words after the dash stay the capacity.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import AttendanceFacts, AttendanceRole
from .names import looks_like_a_person

#: "- Ben Moss substituted", "– Ben Moss attended as substitute", "– substituted by Ben
#: Moss", "- Ben Moss deputised"
SUBSTITUTED = re.compile(
    r"^[-–—]?\s*(?:(?P<before>[A-Z][\w.'’ -]{1,60}?)\s+(?:substituted|deputised|attended\s+as"
    r"\s+(?:a\s+)?(?:substitute|deputy))|(?:substituted|deputised)\s+by\s+"
    r"(?P<after>[A-Z][\w.'’ -]{1,60}?))\.?$",
    re.IGNORECASE,
)


def substitute_named(capacity: str | None) -> str | None:
    """The substitute a note after an apology names ("- Ben Moss substituted" -> "Ben
    Moss"); None when the note says anything else."""
    match = SUBSTITUTED.match(capacity.strip()) if capacity and len(capacity) <= 120 else None
    if match is None:
        return None
    who = (match["before"] or match["after"]).strip()
    return who if who[:1].isupper() and looks_like_a_person(who) else None


def with_named_substitutes(facts: list[AttendanceFacts]) -> list[AttendanceFacts]:
    """Each apology whose capacity names its substitute, as the apology (no capacity) and
    the substitute attending for it; the other facts as they are."""
    out: list[AttendanceFacts] = []
    for fact in facts:
        who = substitute_named(fact.capacity) if fact.role is AttendanceRole.APOLOGIES else None
        if who is None:
            out.append(fact)
            continue
        out.append(dataclasses.replace(fact, capacity=None))
        out.append(
            AttendanceFacts(
                AttendanceRole.SUBSTITUTE, who, f"substitute for {fact.as_written}", fact.line
            )
        )
    return out
