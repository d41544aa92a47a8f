"""Two people of one surname printed with it once: "Cllrs I and J Willox".

A parish clerk naming a couple or two relatives on the council gives the surname once,
after the last initial: "Cllrs I and J Willox declared ...", "Mr A & Mrs B Reid". Split
at "and", the first is a bare initial, no name. An entry that is an initial alone (after
any title), joined by "and" or "&" to an entry of initials and a surname, shares that
surname; any other entry stays as printed (`shared_surname` for a list's entries,
`names_sharing_surname` for names already parted).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..vocabulary import STARTS_WITH_TITLE

if TYPE_CHECKING:  # names imports this rule: the entry's type only for the checker
    from .names import NameEntry

#: an initial alone, with or without its stop
BARE_INITIAL = re.compile(r"^[A-Z]\.?$")
#: initials then a surname: "J Willox", "J. R. Willox"
INITIALS_AND_SURNAME = re.compile(r"^(?:[A-Z]\.?\s?){1,3}\s(?P<surname>[A-Z][\w'’-]+)$")
#: what joins the two: "and" or "&"
JOINED = re.compile(r"^\s*(?:and|&)\s*$")


def _untitled(name: str) -> str:
    """The name without the titles before it ("Cllrs Mrs J Reid" -> "J Reid")."""
    name = name.strip()
    for _ in range(3):
        title = STARTS_WITH_TITLE.match(name)
        if title is None:
            break
        name = name[title.end() :].strip()
    return name


def _with_surname(first: str, second: str) -> str | None:
    """`first` given the surname of `second` when `first` is a bare initial and `second`
    initials and a surname ("I", "J Willox" -> "I Willox"); None otherwise."""
    found = INITIALS_AND_SURNAME.match(_untitled(second))
    if found is None or not BARE_INITIAL.match(_untitled(first)):
        return None
    return f"{first} {found['surname']}"


def shared_surname(entries: list[NameEntry], text: str) -> list[NameEntry]:
    """The entries with each bare initial joined to the next name by "and" given that
    name's surname ("I" and "J Willox" -> "I Willox", "J Willox")."""
    out = list(entries)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        named = _with_surname(first.as_written, second.as_written)
        between = text[first.start + len(first.as_written) : second.start]
        if named is not None and JOINED.match(between):
            out[k] = dataclasses.replace(first, as_written=named)
    return out


def names_sharing_surname(names: list[str]) -> list[str]:
    """A list already parted at "and" and commas ("I", "J Willox"), each bare initial
    before a name of initials and a surname given that surname, from the last back (so "A",
    "B", "C Reid" are all Reids)."""
    out = list(names)
    for k in range(len(out) - 2, -1, -1):
        out[k] = _with_surname(out[k], out[k + 1]) or out[k]
    return out
