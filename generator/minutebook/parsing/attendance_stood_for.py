"""'Ann Reid (for Ben Moss)' among those present: a substitute for a named person.

A bracket "for ..." after a name in the list of those present says either when its
person was there ("for item 5", "for part of the meeting") or whom they stood in for
("for Ben Moss", "for Cllr B Moss"). Only the second names a person: a title, or a given
name and a surname with no digit and no word of the agenda's.
"""

from __future__ import annotations

import re

from ..vocabulary import STARTS_WITH_TITLE

#: "for Ben Moss", "for Cllr B Moss": the words after "for", a bracket's whole text.
FOR = re.compile(r"^for\s+(?P<whom>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,4})$")
#: Words of the agenda or the meeting, never of a person's name.
NOT_A_NAME = re.compile(
    r"\b(?:Item|Items|Minute|Minutes|Agenda|Part|Parts|Meeting|Report|Appendix|Session)\b"
)


def for_person(bracket: str) -> str | None:
    """Whom a bracket "for Ben Moss" says its person stood in for; None when the bracket
    says anything else ("for item 5", "for part of the meeting")."""
    match = FOR.match(bracket.strip())
    if match is None or NOT_A_NAME.search(match["whom"]) or re.search(r"\d", match["whom"]):
        return None
    whom = match["whom"]
    words = whom.split()
    if STARTS_WITH_TITLE.match(whom) or all(w[:1].isupper() and len(w) > 1 for w in words):
        return whom
    return None
