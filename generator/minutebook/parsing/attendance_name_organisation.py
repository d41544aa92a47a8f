"""Those present printed as a two-column table headed "Name" and "Organisation".

A partnership's or a board's record, its members drawn from many bodies, may list who
came as a table, each row a person and the body they came from, the columns kept apart
by runs of spaces (tabbed cells are read with the other tabbed lists); the apologies
follow under their own label in the same columns:

    Name                         Organisation
    Ann Reid (Chair)             Fenby Community Trust
                                 Vice-Chair of the Partnership
    Cllr. Ben Moss               Fenby District Council

    Apologies from:

    Cara Lowe                    Marsh Housing

Each row's name is present (or sent apologies, under that label), its capacity the
bracket after the name when there is one, else the organisation. A line holding only the
right-hand column goes on the organisation above it. The table ends at a line that is no such
row; the apologies' rows end so too. `name_organisation_attendance` returns None when no
such heading opens a table of at least `MIN_ROWS` people.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import AttendanceFacts, AttendanceRole, Line
from .names import looks_like_a_person

#: the table's heading: "Name    Organisation", "NAME    REPRESENTING"
HEADING = re.compile(
    r"^[ ]{0,40}Name[ \u00a0]{2,80}(?P<right>Organi[sz]ation|Representing|Agency|Body)[ ]*$",
    re.IGNORECASE,
)
#: the apologies' label under the table: "Apologies from:", "Apologies:", "APOLOGIES"
APOLOGIES = re.compile(
    r"^\s{0,40}apologies(?:\s+(?:from|received(?:\s+from)?)|\s+for\s+absence)?\s*:?\s*$",
    re.IGNORECASE,
)
#: the gap between the two cells of a row
GAP = re.compile(r"[ \u00a0]{2,}")
#: the bracket after a name: "Ann Reid (Chair)"
BRACKET = re.compile(r"^(?P<name>[^()]{2,80}?)\s*\((?P<capacity>[^()]{1,60})\)$")
#: Fewest rows that make the table
MIN_ROWS = 2
#: Longest name cell
MAX_NAME = 60
#: How far left of the right-hand column's start a lone cell may begin and still be in it
SLACK = 4


def _row(raw: str, right_at: int) -> tuple[str, str | None] | None:
    """A row's name and organisation; (the text, None) for a line of the right-hand
    column alone, which goes on the cell above; None for no row."""
    if "\t" in raw:
        return None  # a table of tab-separated cells is read with the other tabbed lists
    text = raw.rstrip()
    start = len(text) - len(text.lstrip())
    cells = [c for c in GAP.split(text.strip()) if c]
    if not cells:
        return None
    if len(cells) == 1 and start >= right_at - SLACK:
        return cells[0], None
    name = cells[0]
    bare = BRACKET.match(name)
    if len(name) > MAX_NAME or not looks_like_a_person(bare["name"] if bare else name):
        return None
    return name, " ".join(cells[1:]) or ""


def _went_on(fact: AttendanceFacts, more: str) -> AttendanceFacts:
    """The fact with its organisation's cell going on with `more` (and its capacity, when
    that was the organisation)."""
    whole = f"{fact.organisation} {more}" if fact.organisation else more
    capacity = whole if fact.capacity == fact.organisation else fact.capacity
    return replace(fact, organisation=whole, capacity=capacity)


def _facts(
    lines: list[Line], first: int, right_at: int, role: AttendanceRole
) -> tuple[list[AttendanceFacts], list[int]]:
    """The rows from `first` on, each a person of `role`, and the indexes read."""
    found: list[AttendanceFacts] = []
    read: list[int] = []
    for k in range(first, len(lines)):
        if not lines[k].text.strip():
            if found:
                break
            continue
        row = _row(lines[k].text, right_at)
        if row is None:
            break
        cell, organisation = row
        read.append(k)
        if organisation is None:  # the right-hand cell wrapped onto a line of its own
            if found:
                found[-1] = _went_on(found[-1], cell)
            continue
        bare = BRACKET.match(cell)
        name, capacity = (bare["name"], bare["capacity"]) if bare else (cell, organisation)
        found.append(
            AttendanceFacts(
                role,
                name.strip(),
                capacity or None,
                lines[k].number,
                organisation=organisation or None,
            )
        )
    return found, read


def name_organisation_attendance(
    preamble: list[Line],
) -> tuple[list[AttendanceFacts], set[int]] | None:
    """Those present and those who sent apologies, read from a "Name / Organisation"
    table, with the indexes of the lines read; None when the preamble holds no such
    table."""
    for k, line in enumerate(preamble):
        heading = HEADING.match(line.text)
        if heading is None:
            continue
        right_at = heading.start("right")
        present, read = _facts(preamble, k + 1, right_at, AttendanceRole.PRESENT)
        if len(present) < MIN_ROWS:
            return None
        used = {k, *read}
        after = next(
            (n for n in range(max(read) + 1, len(preamble)) if preamble[n].text.strip()), None
        )
        if after is not None and APOLOGIES.match(preamble[after].text):
            apologies, taken = _facts(preamble, after + 1, right_at, AttendanceRole.APOLOGIES)
            if apologies:
                present += apologies
                used |= {after, *taken}
        return present, used
    return None
