"""Attendance printed as rows marked with a letter, explained by a key under the list.

Some councils print every member of a committee one a row, a letter before each name
saying whether they came ("P  Ann Reid (Chairman)", "A  Ben Moss"), with the letters
explained by a key after the list ("P: Present", "A: Apologies for absence submitted").
A row "P  Eve Hart (substitute for Ben Moss)" is a substitute.

Read only when the key is printed, so each letter means what the key says; a letter
the key does not explain leaves its row to the other readers.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import looks_like_a_person, split_name_list

#: "P: Present", "A = Apologies for absence submitted", "Ab – Absent": a letter's meaning
KEY = re.compile(
    r"^(?P<letter>[A-Z][a-z]?)\s*(?::|=|[-–])\s*(?P<meaning>present|apolog\w*|absent"
    r"|substitute\w*)(?:\s[\w-]{1,20}){0,4}\.?$",
    re.IGNORECASE,
)
#: The role each meaning a key gives a letter
MEANINGS = (
    ("present", AttendanceRole.PRESENT),
    ("apolog", AttendanceRole.APOLOGIES),
    ("absent", AttendanceRole.ABSENT),
    ("substitut", AttendanceRole.SUBSTITUTE),
)
#: "P  Ann Reid (Chairman)": the letter, a space or more, then the name and any bracket
ROW = re.compile(r"^(?P<letter>[A-Z][a-z]?)[ \t\u00a0]+(?P<name>[A-Z][^\t]{1,100})$")
#: A label alone over the rows ("Councillors:"), read with them
LABEL_ABOVE = re.compile(r"^[A-Z][\w ]{1,30}:$")
#: "substitute for Ben Moss" in a row's bracket
SUBSTITUTE_FOR = re.compile(r"(?i)^substitut(?:e|ing)\s+for\s+(?P<whom>\S.{0,80})$")


def letter_key(lines: list[Line]) -> dict[str, AttendanceRole] | None:
    """The letters a key explains and the role each gives ("P: Present"); None when no
    line is such a key."""
    key: dict[str, AttendanceRole] = {}
    for line in lines:
        match = KEY.match(line.text.strip())
        if match is None:
            continue
        meaning = match["meaning"].lower()
        role = next(r for word, r in MEANINGS if meaning.startswith(word))
        key[match["letter"]] = role
    return key or None


def lettered_row(text: str, key: dict[str, AttendanceRole]) -> tuple[AttendanceRole, str] | None:
    """'P  Ann Reid (Chairman)': the role its letter gives and the rest; None for a line
    that is not such a row (a key line, a sentence, a letter the key does not explain)."""
    match = ROW.match(text.strip())
    if match is None or match["letter"] not in key or KEY.match(text.strip()):
        return None
    name = match["name"].strip()
    entries = split_name_list(name)
    if len(entries) != 1 or not (
        STARTS_WITH_TITLE.match(name) or looks_like_a_person(entries[0].as_written)
    ):
        return None
    return key[match["letter"]], name


def _fact(role: AttendanceRole, name: str, line: Line) -> AttendanceFacts:
    entry = split_name_list(name)[0]
    capacity = entry.capacity
    instead = SUBSTITUTE_FOR.match(capacity or "")
    if instead is not None:  # "(substitute for Ben Moss)": present as a substitute
        role, capacity = AttendanceRole.SUBSTITUTE, f"substitute for {instead['whom']}"
    return AttendanceFacts(
        role, entry.as_written, capacity, line.number, organisation=entry.organisation
    )


def lettered_attendance(preamble: list[Line]) -> tuple[list[AttendanceFacts], set[int]] | None:
    """The members listed in rows marked with a letter a key explains, with the indexes of
    the lines read (rows, keys, and a label alone over the rows); None when no key is
    printed or fewer than two rows are marked."""
    key = letter_key(preamble)
    if key is None:
        return None
    found: list[AttendanceFacts] = []
    used: set[int] = set()
    for n, line in enumerate(preamble):
        if KEY.match(line.text.strip()):
            used.add(n)
            continue
        row = lettered_row(line.text, key)
        if row is None:
            continue
        if not found:
            above = next((m for m in range(n - 1, -1, -1) if preamble[m].text.strip()), None)
            if above is not None and LABEL_ABOVE.match(preamble[above].text.strip()):
                used.add(above)
        found.append(_fact(*row, line))
        used.add(n)
    return (found, used) if len(found) >= 2 else None
