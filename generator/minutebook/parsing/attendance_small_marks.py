"""Members listed with a small letter before each name saying how they attended.

Some county councils print a committee's whole membership, often two names to a row split
by a tab, with a lower-case letter in the margin of each: "p" present, "a" apologies, "d"
a deputy (substitute) attending. No key explains the letters; the council or seat sits in
a bracket on the row under each name, in the same column:

    Chairman:
    p Councillor A Reid (Wyke Borough Council)

    <TAB>p Councillor B Moss<TAB>a Councillor C Lowe
    <TAB>(Fenby City Council)<TAB>(Marsh District Council)

    Deputy Members in attendance:
    d Councillor D Hart (deputy for Councillor C Lowe)

Read only when three rows or more are marked and every cell of a marked row is a letter
and a titled name, so a lone "a" in a sentence ("a Councillor of ...") is no mark. The
labels alone above the rows ("Chairman:", "Co-opted Members:") are read with them.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import brackets_of, lower_case_words, split_name_list

#: What each small letter means
MARKS = {
    "p": AttendanceRole.PRESENT,
    "a": AttendanceRole.APOLOGIES,
    "d": AttendanceRole.SUBSTITUTE,
}
#: "p Councillor A Reid (Wyke Council)": the letter, a space or two, a titled name
CELL = re.compile(r"^(?P<mark>[pad])[ \u00a0]{1,4}(?P<name>[A-Z][^\t]{2,120})$")
#: "(Fenby City Council)": a bracket alone in a cell, on the row under a name
BRACKET_CELL = re.compile(r"^\([^()]{2,100}\)$")
#: "Chairman:", "Co-opted Members:": a label alone over the rows
LABEL_ABOVE = re.compile(r"^[A-Z][\w' -]{1,40}:$")
#: "deputy for Councillor C Lowe" in a bracket: whom a deputy stands in for
DEPUTY_FOR = re.compile(r"(?i)^(?:deputy|substitut(?:e|ing))\s+for\s+(?P<whom>\S.{0,80})$")
#: The most rows read (bounds the scan)
MAX_ROWS = 200
#: Fewest marked rows for the letters to be marks
MIN_ROWS = 3


def _cells(raw: str) -> list[str]:
    return [c.strip() for c in raw.split("\t") if c.strip()]


def marked_row(raw: str) -> list[tuple[AttendanceRole, str]] | None:
    """'<TAB>p Councillor B Moss<TAB>a Councillor C Lowe': each cell's role and name;
    None unless every cell is a small letter and a titled name."""
    cells = _cells(raw) if len(raw) <= 400 else []
    found = []
    for cell in cells:
        match = CELL.match(cell)
        if match is None or not STARTS_WITH_TITLE.match(match["name"]):
            return None
        if lower_case_words(brackets_of(match["name"])[0]):
            return None  # "a Councillor of the borough spoke": a sentence
        found.append((MARKS[match["mark"]], match["name"].strip()))
    return found or None


def _fact(role: AttendanceRole, name: str, line: Line) -> AttendanceFacts | None:
    entries = split_name_list(name)
    if len(entries) != 1:
        return None
    entry = entries[0]
    capacity = entry.capacity
    deputy = DEPUTY_FOR.match(capacity or "")
    if deputy is not None:  # "(deputy for Councillor C Lowe)"
        role, capacity = AttendanceRole.SUBSTITUTE, f"substitute for {deputy['whom']}"
    return AttendanceFacts(
        role, entry.as_written, capacity, line.number, organisation=entry.organisation
    )


def small_marked_attendance(
    preamble: list[Line],
) -> tuple[list[AttendanceFacts], set[int]] | None:
    """The members of rows marked "p", "a" or "d", with the indexes of the lines read
    (rows, the brackets under them, labels alone above them); None when fewer than
    three rows are marked."""
    rows: list[tuple[int, list[tuple[AttendanceRole, str]]]] = []
    for n, line in enumerate(preamble[:MAX_ROWS]):
        row = marked_row(line.text)
        if row is not None:
            rows.append((n, row))
    if len(rows) < MIN_ROWS:
        return None
    found: list[AttendanceFacts] = []
    used: set[int] = set()
    for n, row in rows:
        used.add(n)
        below = _cells(preamble[n + 1].text) if n + 1 < len(preamble) else []
        brackets = below if len(below) == len(row) else []
        if brackets and all(BRACKET_CELL.match(c) for c in brackets):
            used.add(n + 1)  # "(Fenby City Council)<TAB>(Marsh District Council)"
            row = [(role, f"{name} {b}") for (role, name), b in zip(row, brackets, strict=True)]
        above = next((m for m in range(n - 1, -1, -1) if preamble[m].text.strip()), None)
        if above is not None and LABEL_ABOVE.match(preamble[above].text.strip()):
            used.add(above)
        for role, name in row:
            fact = _fact(role, name, preamble[n])
            if fact is not None:
                found.append(fact)
    return found, used
