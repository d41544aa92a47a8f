"""Members listed one a line, those present marked by an asterisk on the line above.

Some councils print the whole committee with an asterisk in a narrow column beside each
member who came, explained by a key under the list ("*Present"). Converted to text, the
asterisk often lands on a line of its own, above the name it marks:

    *
    Mr A Reid (Chairman)
    Mrs B Moss
    *
    Dr C Lowe
    *Present

Here Mr Reid and Dr Lowe were present; Mrs Moss was not, and no apology is printed: no
fact. An asterisk before the name on its own line ("* Dr C Lowe") marks it the same way.
Read only when the key is printed, right under a list whose every line is an asterisk
or a person, so the asterisks mean what the key says.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import looks_like_a_person, split_name_list

#: "*Present", "* = Present", "* denotes present", "*Denotes attendance"
KEY = re.compile(
    r"^\*\s*(?:=\s*|(?:denotes|indicates)\s+)?(?:present|attendance|attended)\.?$",
    re.IGNORECASE,
)
#: "*" alone, or "* Dr C Lowe": the mark, and any name after it
STARRED = re.compile(r"^\*(?:\s*(?P<name>[A-Z].{1,100}))?$")
#: The longest list the key may explain
LIST_LINES = 80


def _person(text: str) -> bool:
    """One person's name, titled or not; a heading in capitals is none."""
    if text.isupper():
        return False
    entries = split_name_list(text)
    return len(entries) == 1 and bool(
        STARTS_WITH_TITLE.match(text) or looks_like_a_person(entries[0].as_written)
    )


def _list_above(preamble: list[Line], key: int) -> tuple[list[tuple[int, str, bool]], int] | None:
    """(index, name, marked) for each name of the list over the key, top first, and the
    index of the list's top line; None when fewer than two names are marked, or two
    marks run together."""
    rows: list[tuple[int, str, bool]] = []
    top = key
    for n in range(key - 1, max(-1, key - 1 - LIST_LINES), -1):
        text = preamble[n].text.strip()
        if text == "*":  # marks the name under it, the last one read going up
            if not rows or rows[-1][2]:
                return None
            rows[-1] = (rows[-1][0], rows[-1][1], True)
            top = n
            continue
        star = STARRED.match(text)
        name = star["name"].strip() if star and star["name"] else text
        if not text or not _person(name):
            break
        rows.append((n, name, star is not None))
        top = n
    rows.reverse()
    return (rows, top) if sum(marked for *_, marked in rows) >= 2 else None


def starred_attendance(preamble: list[Line]) -> tuple[list[AttendanceFacts], set[int]] | None:
    """The members an asterisk marks present in a list explained by a '*Present' key,
    with the indexes of the lines read (the list, its marks and the key); None when no
    such key is printed under such a list."""
    key = next((n for n, line in enumerate(preamble) if KEY.match(line.text.strip())), None)
    if key is None:
        return None
    listed = _list_above(preamble, key)
    if listed is None:
        return None
    rows, top = listed
    found: list[AttendanceFacts] = []
    for n, name, marked in rows:
        if not marked:
            continue  # listed but not marked: not there, and no apology printed
        entry = split_name_list(name)[0]
        found.append(
            AttendanceFacts(
                AttendanceRole.PRESENT,
                entry.as_written,
                entry.capacity,
                preamble[n].number,
                organisation=entry.organisation,
            )
        )
    return found, set(range(top, key + 1))
