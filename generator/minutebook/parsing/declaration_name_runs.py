"""Titled names run together before what they declared, the marks between them lost.

A declarations minute lists several members declaring together: "Cllr A Reed, Cllr B
Shaw and Cllr C Tull declared ..." (`titled_list_declarers`), or a table's member column
holding one name a row. Converted from PDF, the commas, or the column's row breaks, are
lost and the names run on into each other ("Cllr A Reed Cllr B Shaw and Cllr C Tull
declared ...", "Cllr A Reed Cllr B Shaw - Cllr C Tull Personal interest in item 7 ..."):
read as a list, the first two make one name. A name never holds a second title, so each
title opens the next member.

Read only at the line's start, for at least two titled names separated by spaces, a
comma, a dash or "and", and only before "declared" or a kind of interest the codes of
conduct name ("Personal interest", "Prejudicial interest"): a line naming members for
anything else is no declaration.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from ..vocabulary import TITLE
from .minute_paragraphs import PARAGRAPH_LEAD
from .text import plain

#: The kinds of interest the codes of conduct name, opening what a member declared.
KIND = (
    r"(?i:personal|prejudicial|pecuniary|non-pecuniary|disclosable|registrable|registerable"
    r"|other|financial|non-financial|significant|private)"
)
#: A word of a name: capitalised or an initial, never a title (a second title opens the
#: next name) nor a kind of interest (the declaration's first cell).
NAME_WORD = rf"(?!(?:{TITLE}|{KIND})\b)(?:[A-Z][\w'’.-]*|(?:de|da|di|du|la|le|van|von|der|den)\b)"
ONE = rf"{TITLE}(?:\s+{TITLE})?(?:\s+{NAME_WORD}){{1,5}}"
#: Between two names: spaces alone, or a comma, a dash or "and".
BETWEEN = r"(?:\s*[,–—-]\s*|\s+and\s+|\s+)"
#: The run of names, then "declared" or the kind of interest.
RUN = re.compile(
    rf"^(?P<names>{ONE}(?:{BETWEEN}{ONE}){{1,9}})\s*[,–—-]?\s*"
    rf"(?:(?:each\s+|both\s+|all\s+|also\s+){{0,2}}declared\b|{KIND}[\w\s,-]{{0,40}}?(?i:interest)\b)"
)
#: Where one name ends and the next begins: before each title after the first.
SPLIT = re.compile(rf"{BETWEEN}(?={TITLE}\s)")


def name_run_declarers(line: Line, minute: str) -> list[DeclarationFacts] | None:
    """Each member of a run of titled names that declared ("Cllr A Reed Cllr B Shaw and
    Cllr C Tull declared ..."), as printed; None when the line opens with no such run."""
    text = PARAGRAPH_LEAD.sub("", plain(line.text), count=1).strip()
    if "interest" not in text.lower() and "declared" not in text:
        return None  # cheap test first
    match = RUN.match(text[:600])
    if match is None:
        return None
    names = [n.strip(" ,–—-") for n in SPLIT.split(match["names"])]
    names = [n for n in names if n]
    if len(names) < 2:
        return None
    return [DeclarationFacts(name, text, line.number, minute) for name in names]
