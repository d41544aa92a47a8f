"""Items and the members who declared in them, "Agenda Item 4.2: Title - Councillor A;".

A Northern Irish council's declarations minute lists each item first, then a dash and
who declared in it, the rows parted by semicolons and run on along the paragraph:

    Declarations of Interest were declared as follows:  Agenda Item 4.2: Audit Report -
    Councillor Reid;  Agenda Item 4.6: Mill Park - Councillors Moss, Lowe and Hart; and
    Agenda Item 7: Staffing - Chief Executive.

Each row's names after its dash declared: under a plural title as printed without it
("Moss", "Lowe", "Hart"), a singular title kept with its name, an officer by the post as
printed. Read only in rows that open with the item's word and number and name, after the
dash, a titled member or an office.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from ..vocabulary import STARTS_WITH_TITLE
from .declaration_dash_rows import JOIN  # between a row's names: a comma or "and"
from .names import is_office

#: "Agenda Item 4.6: Mill Park Update - Councillors Moss, Lowe and Hart": the item, its
#: title, a spaced dash and who declared, up to the row's semicolon or stop
ITEM_ROW = re.compile(
    r"(?<![\w])(?P<item>(?:Agenda\s)?Item\s(?:No\.?\s?)?\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?\s?"
    r"[:.–-]?\s[^;]{1,200}?)\s[-–—]\s(?P<who>[A-Z][^;]{1,200}?)\s*(?:;|\.(?=\s|$)|$)"
)
#: A plural title over the row's names
PLURAL = re.compile(r"^(?:Councillors|Cllrs\.?|Aldermen)\s+")
#: Longest line read
MAX_LINE = 4000


#: Small words a post's name holds in lower case ("Head of Finance")
POST_LINKS = frozenset({"of", "the", "and", "for", "to"})


def _post(text: str) -> bool:
    """An office named in capitalised words ("Chief Executive"), no sentence."""
    words = text.split()
    return is_office(text) and all(w[:1].isupper() or w in POST_LINKS for w in words)


def item_rows(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """The declarations of the item rows on the minute's lines (see the module)."""
    found: list[DeclarationFacts] = []
    for line in body:
        text = line.text.strip()
        if len(text) > MAX_LINE:
            continue
        for row in ITEM_ROW.finditer(text):
            who = row["who"].strip().removesuffix(" and").strip()
            plural = PLURAL.match(who)
            if not (plural or STARTS_WITH_TITLE.match(who) or _post(who)):
                continue  # "Item 4 – Personal – Has dispensation to speak": no one named
            names = [p.strip() for p in JOIN.split(who[plural.end() :])] if plural else [who]
            item = row["item"].strip()
            found += [DeclarationFacts(name, item, line.number, minute) for name in names if name]
    return found
