"""Members set out under their councils in two columns, "P." or "A." before each name.

Some police and crime panels (and joint committees drawn from several councils) print
their whole membership in the minutes' opening as a grid: each constituent council's
name as a heading, its members under it, a capital letter and a full stop in the margin
of each: "P." present, "A." absent. Two such columns sit side by side, so converted to
text the rows read across both:

    Wyke District Council              Fenby Council
    P. Councillor A Reid               P. Councillor B Moss (Chairman)
    A. Councillor C Lowe
                                       Marsh County Council
    Independent Members                P. Councillor D Hart
    P. Eve Small

Read column by column: the council (or group) heading over a member is their capacity,
unless a bracket after the name gives an office, which is then the capacity and the
council the organisation. A bracket broken at the column's edge ("(Vice-" / "Chairman)")
is joined to the name above it. "A." gives no fact: the grid says only that the member
was not there; whether apologies were sent is for the apologies minute to say.

Read only when three members or more are marked and every cell of each block (a run of
lines between blank ones) is a mark and a name, a heading or the end of a bracket, so a
lone initial ("P. Smith said") in a sentence is never a mark.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import looks_like_a_person, split_name_list

#: "P. Councillor A Reid": the mark, its full stop, a space or few, a name
MARKED = re.compile(r"^(?P<mark>[PA])\.[ \u00a0]{1,4}(?P<name>[A-Z][^\t]{2,120})$")
#: "Wyke District Council", "Independent Members": a heading cell (no colon, no digits)
HEADING = re.compile(r"^[A-Z][A-Za-z'’&,. -]{2,70}$")
#: The gap between the two columns: three spaces or more
GAP = re.compile(r"[ \u00a0]{3,}")
#: How far a column's start may move between rows
DRIFT = 4
#: The most lines read (bounds the scan)
MAX_LINES = 200
#: Fewest marked members for the letters to be marks
MIN_MARKS = 3
#: Fewest spaces before a cell that stands in the right-hand column alone
MIN_INDENT = 16

Cell = tuple[int, int, str]  # column (0 left, 1 right), line index, text


def _right_column(lines: list[Line]) -> int | None:
    """Where the right-hand column starts: the commonest start of a second cell."""
    starts: Counter[int] = Counter()
    for line in lines:
        raw = line.text.rstrip()
        if len(raw) > 240 or "\t" in raw:
            continue
        indent = len(raw) - len(raw.lstrip())
        if indent >= MIN_INDENT:
            starts[indent] += 1
            continue
        gaps = list(GAP.finditer(raw))
        if len(gaps) == 1 and indent < gaps[0].start():
            starts[gaps[0].end()] += 1
    if not starts:
        return None
    return starts.most_common(1)[0][0]


def _cells(raw: str, column: int) -> list[tuple[int, str]] | None:
    """A line's cells and the column of each; None for a line not laid out in columns."""
    raw = raw.rstrip()
    if len(raw) > 240 or "\t" in raw:
        return None
    indent = len(raw) - len(raw.lstrip())
    if indent >= column - DRIFT:
        return [(1, raw.strip())]
    gaps = [g for g in GAP.finditer(raw) if g.start() > indent]
    if not gaps:
        return [(0, raw.strip())]
    if len(gaps) != 1 or abs(gaps[0].end() - column) > DRIFT:
        return None
    return [(0, raw[: gaps[0].start()].strip()), (1, raw[gaps[0].end() :].strip())]


def _marked(cell: str) -> bool:
    match = MARKED.match(cell)
    if match is None:
        return False
    name = match["name"].split("(", 1)[0].strip()
    return bool(STARTS_WITH_TITLE.match(name)) or looks_like_a_person(name)


def _heading(cell: str) -> bool:
    return bool(HEADING.match(cell)) and not STARTS_WITH_TITLE.match(cell)


def _closes(cell: str) -> bool:
    return cell.endswith(")") and "(" not in cell and len(cell) <= 40


def _grid_line(raw: str, column: int) -> list[tuple[int, str]] | None:
    cells = _cells(raw, column)
    if cells is None:
        return None
    if all(_marked(c) or _heading(c) or _closes(c) for _, c in cells):
        return cells
    return None


def _blocks(lines: list[Line], column: int) -> list[list[Cell]]:
    """Runs of non-blank lines laid out as the grid, each holding a marked member."""
    blocks: list[list[Cell]] = []
    run: list[Cell] | None = []
    for n, line in enumerate([*lines, Line(0, "")]):
        if not line.text.strip():
            if run and any(_marked(c) for _, _, c in run):
                blocks.append(run)
            run = []
            continue
        cells = _grid_line(line.text, column) if run is not None else None
        if run is None or cells is None:
            run = None  # a line of another kind: this paragraph is no grid
            continue
        run.extend((col, n, c) for col, c in cells)
    return blocks


def _fact(name: str, group: str | None, line: Line) -> AttendanceFacts | None:
    entries = split_name_list(name)
    if len(entries) != 1:
        return None
    entry = entries[0]
    capacity, organisation = entry.capacity, entry.organisation
    if capacity is None:
        capacity = group
    elif organisation is None:
        organisation = group
    return AttendanceFacts(
        AttendanceRole.PRESENT, entry.as_written, capacity, line.number, organisation=organisation
    )


def _read_column(cells: list[Cell], lines: list[Line]) -> list[AttendanceFacts]:
    members: list[tuple[str, int, str]] = []  # mark, line index, name
    for _, n, text in cells:
        if members and members[-1][2].count("(") > members[-1][2].count(")") and _closes(text):
            mark, at, name = members[-1]
            joiner = "" if name.endswith("-") else " "
            members[-1] = (mark, at, f"{name}{joiner}{text}")
            continue
        match = MARKED.match(text)
        if match is not None and _marked(text):
            members.append((match["mark"], n, match["name"].strip()))
        elif _heading(text):
            members.append(("", n, text))  # a heading: stands between members
    found: list[AttendanceFacts] = []
    current: str | None = None
    for mark, n, name in members:
        if not mark:
            current = name
        elif mark == "P":
            fact = _fact(name, current, lines[n])
            if fact is not None:
                found.append(fact)
    return found


def council_grid_attendance(
    preamble: list[Line],
) -> tuple[list[AttendanceFacts], set[int]] | None:
    """The members marked "P." under their councils, with the indexes of the grid's
    lines; None when no block of the opening is such a grid."""
    lines = preamble[:MAX_LINES]
    column = _right_column(lines)
    if column is None:
        return None
    blocks = _blocks(lines, column)
    if sum(_marked(c) for block in blocks for _, _, c in block) < MIN_MARKS:
        return None
    found: list[AttendanceFacts] = []
    used: set[int] = set()
    for block in blocks:
        used.update(n for _, n, _ in block)
        for col in (0, 1):
            found.extend(_read_column([c for c in block if c[0] == col], lines))
    found.sort(key=lambda f: f.line)
    return found, used
