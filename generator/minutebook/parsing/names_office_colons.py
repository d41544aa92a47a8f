"""A list whose offices label their holders with a colon: "The Mayor: A Reid, Deputy Mayor:
B Moss, Councillors: C Lowe, D Hart".

Town councils' minutes often print the members present so, each office and the plural
title closed by a colon, the pieces parted by commas:

    COUNCILLORS PRESENT: The Mayor: Helen Lowe (arrived 20.14), Deputy Mayor: Nigel
    Burke, Councillors: Ivor Jack, Ann Hughes, Pat Smith.

Read by commas alone, the second office runs into the first holder's bracket ("Helen
Lowe (The Mayor, Deputy Mayor: Nigel Burke)"). Each "Office: Name" piece is its holder
with the office as capacity, "Councillors: Name" a name under the plural title, and
the untitled pieces after it names too. None unless some piece is an office and its
holder so labelled.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .names import NameEntry

#: "The Mayor: Helen Lowe", "Councillors: Ivor Jack": a label, its colon, then a name
LABELLED = re.compile(r"^(?P<label>[A-Z][\w'’ -]{1,40}?)\s?:\s+(?P<rest>[A-Z].*)$")
#: The plural title as such a label: the names after it are no office's holders
PLURAL_LABEL = re.compile(r"^(?:Councillors|Cllrs|Members)$", re.IGNORECASE)
#: ", " between the pieces
COMMA = re.compile(r",\s*")
#: Longest list read this way
MAX_TEXT = 2000


def office_colon_rows(
    text: str, split: Callable[[str], list[NameEntry]], is_office: Callable[[str], bool]
) -> list[NameEntry] | None:
    """The entries of a list whose offices label their holders with a colon, `split`
    reading each holder's piece and `is_office` telling an office; None for any other
    list."""
    if ":" not in text or len(text) > MAX_TEXT:
        return None
    pieces: list[tuple[int, str]] = []
    at = 0
    for match in COMMA.finditer(text):
        pieces.append((at, text[at : match.start()]))
        at = match.end()
    pieces.append((at, text[at:]))
    if not any((m := LABELLED.match(p)) and is_office(m["label"]) for _, p in pieces):
        return None  # no office labels its holder (and no piece is read again below)
    entries: list[NameEntry] = []
    offices = 0
    for offset, piece in pieces:
        labelled = LABELLED.match(piece)
        office = labelled["label"] if labelled and is_office(labelled["label"]) else None
        plural = labelled is not None and PLURAL_LABEL.match(labelled["label"]) is not None
        if labelled is not None and office is None and not plural:
            return None  # "Note: ...": a label of another kind
        body = labelled["rest"] if labelled else piece
        shift = offset + (labelled.start("rest") if labelled else 0)
        found = [dataclasses.replace(e, start=e.start + shift) for e in split(body)]
        if office is not None:
            if len(found) != 1:
                return None
            own = found[0].capacity  # "(arrived 20.14)": kept after the office
            found = [dataclasses.replace(found[0], capacity=f"{office}, {own}" if own else office)]
            offices += 1
        entries.extend(found)
    return entries if offices else None
