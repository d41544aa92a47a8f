"""A list whose semicolons part its people, each printed "Name, post, organisation".

Older police authority minutes list their guests in one sentence, a semicolon after
each person, and commas inside each person's entry between the name, the post and the
body the post is in:

    ALSO PRESENT:- Inspector A Reid, Secretary, Wyke Branch, Police Federation; Mr B Moss
    and Mrs C Lowe, representing the Staff Association.

Read by commas alone, "Wyke Branch" becomes a person. When semicolons part the list and
every part opens with a titled name, a part read as one titled name and untitled pieces
after it is one person, everything after their name's comma their capacity; "Name and
Name, representing X" gives both the one capacity.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..vocabulary import STARTS_WITH_TITLE

if TYPE_CHECKING:
    from .names import NameEntry

#: "; " or "; and " between people
SEMICOLON = re.compile(r";\s*(?:and\s+)?")
#: A capacity every name before it shares: "representing UNISON", "on behalf of X"
SHARED = re.compile(r"^(?:representing|on\s+behalf\s+of)\s+\S", re.IGNORECASE)
#: Longest list read this way
MAX_TEXT = 2000


def semicolon_rows(text: str, split: Callable[[str], list[NameEntry]]) -> list[NameEntry] | None:
    """The entries of a list parted by semicolons, each "Name, post, organisation", with
    `split` reading each part; None unless the list has that shape and some part holds
    a post that a plain split would read as names."""
    if ";" not in text or len(text) > MAX_TEXT:
        return None
    parts: list[tuple[int, str]] = []
    at = 0
    for match in SEMICOLON.finditer(text):
        parts.append((at, text[at : match.start()]))
        at = match.end()
    parts.append((at, text[at:]))
    if len(parts) < 2 or not all(STARTS_WITH_TITLE.match(p.strip()) for _, p in parts):
        return None
    entries: list[NameEntry] = []
    merged = False
    for offset, part in parts:
        found = [dataclasses.replace(e, start=e.start + offset) for e in split(part)]
        titled = [bool(STARTS_WITH_TITLE.match(e.as_written)) for e in found]
        if len(found) > 1 and titled[0] and not any(titled[1:]) and "," in part:
            capacity = part[part.index(",") + 1 :].strip()
            entries.append(dataclasses.replace(found[0], capacity=capacity, organisation=None))
            merged = True
            continue
        shared = found[-1].capacity if found else None
        if len(found) > 1 and all(titled) and shared and SHARED.match(shared):
            found = [dataclasses.replace(e, capacity=e.capacity or shared) for e in found]
        entries.extend(found)
    return entries if merged else None
