"""A Welsh council's bilingual name: its English name is the body's.

Councils in Wales print their name in both languages, Welsh first, either run together
(the place is the same word in both) or split by a slash:

    CYNGOR CYMUNED FENBY COMMUNITY COUNCIL
    Cyngor Tref Aberwyke / Wyke Town Council

The body is filed under its English name ("Fenby Community Council", "Wyke Town
Council"), as its English papers name it, so both kinds of paper find one body. A name
that is not printed so is left alone (None).
"""

from __future__ import annotations

import re

#: "Cyngor Cymuned", "Cyngor Tref", "Cyngor Dinas", "Cyngor Sir", "Cyngor Bwrdeistref Sirol"
WELSH_KIND = r"cyngor\s(?:cymuned|tref|dinas|sir|bwrdeistref\ssirol)\s"
#: the English name: a few words of place, then the kind of council
ENGLISH = r"(?:[\w'’.&-]{1,30}\s){1,5}(?:community|town|city|county(?:\sborough)?)\scouncil"
#: Welsh then English, run together: "CYNGOR CYMUNED FENBY COMMUNITY COUNCIL"
RUN_TOGETHER = re.compile(rf"{WELSH_KIND}(?P<english>{ENGLISH})", re.IGNORECASE)
#: the two names split by a slash, either first: "Cyngor Tref X / Y Town Council"
SPLIT = re.compile(
    rf"(?:{WELSH_KIND}[^/]{{1,60}}/\s?(?P<after>{ENGLISH})"
    rf"|(?P<before>{ENGLISH})\s?/\s?{WELSH_KIND}[^/]{{1,60}})",
    re.IGNORECASE,
)


def english_body_name(name: str) -> str | None:
    """The English half of a Welsh council's bilingual name (see the module's docstring),
    or None when the name is not printed in both languages."""
    text = " ".join(name.split())
    if len(text) > 160:
        return None
    split = SPLIT.fullmatch(text)
    if split:
        return (split["after"] or split["before"]).strip()
    run = RUN_TOGETHER.fullmatch(text)
    return run["english"] if run else None
