"""Read lists of people as printed ("Mr P M Hill, OBE (Chairman), Cllr M Blakemore and ...").

Parsing keeps each name exactly as written; deciding who a name *is* belongs to
`resolving.people`, which sees every document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import split_outside_parentheses

LIST_SEPARATOR = re.compile(r",\s*|\s+and\s+")
HONOURS = re.compile(r"^(?:OBE|MBE|CBE|QPM|KPM|DL|JP|BEM|KC|QC)$")
CAPACITY = re.compile(r"^(?P<name>.*?)\s*\((?P<capacity>[^()]*)\)\s*\.?$")
TITLE_WORD = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Prof|Professor|Rev)\.?\s",
)


@dataclass(frozen=True)
class NameEntry:
    as_written: str
    capacity: str | None
    looks_damaged: bool


def split_name_list(text: str) -> list[NameEntry]:
    """Split a printed list of names into entries, keeping honours with their name."""
    text = text.strip().rstrip(".")
    pieces = split_outside_parentheses(text, LIST_SEPARATOR)
    merged: list[str] = []
    for piece in pieces:
        bare = CAPACITY.sub(r"\g<name>", piece).strip()
        if merged and HONOURS.match(bare):
            merged[-1] = f"{merged[-1]}, {piece}"
        else:
            merged.append(piece)
    entries = []
    for piece in merged:
        match = CAPACITY.match(piece)
        name, capacity = (match["name"], match["capacity"].strip()) if match else (piece, None)
        name = name.strip().rstrip(",")
        damaged = not TITLE_WORD.match(name) and len(name.split()) < 2
        entries.append(NameEntry(name, capacity or None, damaged))
    return entries
