"""Attendance printed as a grid with a key, as some London boroughs' panels print it.

A label column ("Chairman:", "Councillors:", "Co-optee:") heads names set out in columns;
an asterisk before a name marks a member present, explained by a key under the grid
("* Denotes Member present"); a number in brackets after a name marks a reserve member
("(1) Denotes category of Reserve Member"), whom a later "Ordinary Member / Reserve
Member" table pairs with the member they stood in for. A name without the asterisk was
not there and no apology is printed: no fact. Officers follow in name and post columns
under "In attendance" (its label often broken over two lines: "(Officers):").

Read only when the key is printed, so the asterisks mean what the key says; read from
the raw line, as the asterisks and the runs of spaces between columns are the layout,
which plain text would drop.
"""

from __future__ import annotations

import re

from ..model import AttendanceFacts, AttendanceRole, Line

#: "* Denotes Member present", "* Indicates Members who were present"
KEY = re.compile(
    r"^\*\s*(?:denotes|indicates|=)\s+(?:members?|councillors?)\s+"
    r"(?:who\s+(?:was|were)\s+)?(?:present|attending)\.?$",
    re.IGNORECASE,
)
#: "(1) Denotes category of Reserve Member": the bracketed number marking a reserve
RESERVE_KEY = re.compile(
    r"^\((?P<mark>\d{1,2})\)\s*(?:denotes|indicates)\b.{0,60}?\breserve\b", re.IGNORECASE
)
#: "Chairman:   * Councillor A Reid": the label column, then the names
LEFT_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’ -]{1,40}?)\s*:\s+(?P<rest>\S.*)$")
#: The gap between columns: three spaces or more
GAP = re.compile(r"[ \u00a0]{3,}|\t+")
#: "* Mark Lowenthal (1)", "Harjit Grewal", "* Ms R Achter (Foster Carers' Association)"
CELL = re.compile(
    r"^(?P<mark>\*\s*)?(?P<name>[^*()\d:]{2,80}?)\s*(?:\((?P<bracket>[^()]{1,80})\))?$"
)
#: Labels that are an office held, the capacity of the member beside them
OFFICE_LABEL = re.compile(r"^(?:vice[- ]?)?chair(?:man|woman|person)?$", re.IGNORECASE)
#: "In attendance", "In attendance (Officers):", "Also present:", before name and post columns
IN_ATTENDANCE = re.compile(
    r"^(?:in\s+attendance|also\s+(?:in\s+attendance|present))(?:\s*\([^()]{1,30}\))?\s*:?"
    r"(?=[ \t]{2,}|\t)",
    re.IGNORECASE,
)
#: "(Officers):" at the left: the rest of a label broken over two lines
LABEL_GOES_ON = re.compile(r"^\([^()]{1,30}\)\s*:")
#: "Ordinary Member   Reserve Member": the table pairing reserves with those they replaced
RESERVE_TABLE = re.compile(r"^ordinary\s+members?\s{3,}reserve\s+members?$", re.IGNORECASE)
#: Lines above the key the grid may span
GRID_LINES = 30


def _cells(text: str) -> list[re.Match[str]] | None:
    """The name cells of a grid row; None when a cell is not a name."""
    found = []
    for cell in GAP.split(text.strip()):
        match = CELL.match(cell.strip())
        if match is None or not match["name"][:1].isupper():
            return None
        found.append(match)
    return found or None


def _grid_row(text: str) -> tuple[str | None, list[re.Match[str]]] | None:
    """A row of the grid: its label (if it starts one) and its cells."""
    labelled = LEFT_LABEL.match(text)
    if labelled is not None:
        cells = _cells(labelled["rest"])
        return (labelled["label"], cells) if cells else None
    cells = _cells(text) if text[:1].isspace() else None
    return (None, cells) if cells else None


def reserve_pairs(lines: list[Line]) -> list[tuple[str, str]]:
    """(reserve, ordinary member) from an 'Ordinary Member / Reserve Member' table."""
    pairs: list[tuple[str, str]] = []
    for n, line in enumerate(lines):
        if not RESERVE_TABLE.match(line.text.strip()):
            continue
        for row in lines[n + 1 : n + 1 + GRID_LINES]:
            cells = [c for c in GAP.split(row.text.strip()) if c]
            if len(cells) == 2:
                pairs.append((cells[1], cells[0]))
            elif cells:
                break
    return pairs


def _fact(match: re.Match[str], label: str, line: Line, reserve: str | None,
          pairs: list[tuple[str, str]]) -> AttendanceFacts:  # fmt: skip
    name, bracket = match["name"].strip(), match["bracket"]
    capacity = label if OFFICE_LABEL.match(label) else None
    if bracket and bracket != reserve:
        capacity = bracket
    if reserve is not None and bracket == reserve:
        stood_for = next((o for r, o in pairs if r == name or r.endswith(f" {name}")), None)
        said = f"substitute for {stood_for}" if stood_for else None
        return AttendanceFacts(AttendanceRole.SUBSTITUTE, name, said, line.number)
    return AttendanceFacts(AttendanceRole.PRESENT, name, capacity, line.number)


def officers_in_attendance(lines: list[Line], start: int) -> tuple[list[AttendanceFacts], int]:
    """'In attendance   Name   Post' rows from `start` (the label may go on as
    '(Officers):' on the next line): each officer with their post; and where they end."""
    found: list[AttendanceFacts] = []
    n = start
    while n < len(lines) and n < start + GRID_LINES:
        text = lines[n].text
        head = IN_ATTENDANCE.match(text) if n == start else LABEL_GOES_ON.match(text)
        if n == start and head is None:
            return [], start
        rest = text[head.end() :] if head else text
        if head is None and not text[:1].isspace():
            break
        cells = [c for c in GAP.split(rest.strip()) if c]
        if len(cells) != 2 or not cells[0][:1].isupper():
            break
        officer, post = cells
        found.append(AttendanceFacts(AttendanceRole.IN_ATTENDANCE, officer, post, lines[n].number))
        n += 1
    return found, n


def marked_attendance(
    preamble: list[Line], document: list[Line]
) -> tuple[list[AttendanceFacts], set[int]] | None:
    """The members present in a grid explained by a '* Denotes Member present' key, and
    the officers in attendance after it; with the indexes of the lines read. None when no
    key is printed or no labelled grid stands above it."""
    key = next((n for n, line in enumerate(preamble) if KEY.match(line.text.strip())), None)
    if key is None:
        return None
    rows: list[tuple[int, str | None, list[re.Match[str]]]] = []
    for n in range(key - 1, max(-1, key - 1 - GRID_LINES), -1):
        text = preamble[n].text
        if not text.strip():
            continue
        row = _grid_row(text)
        if row is None:
            break
        rows.insert(0, (n, *row))
    while rows and rows[0][1] is None:  # the grid starts at its first label
        rows.pop(0)
    if not rows:
        return None
    reserve = None
    used = {key, *(n for n, _, _ in rows)}
    after = key + 1
    while after < len(preamble) and after < key + 4:
        mark = RESERVE_KEY.match(preamble[after].text.strip())
        if mark:
            reserve = mark["mark"]
            used.add(after)
        elif preamble[after].text.strip():
            break
        after += 1
    pairs = reserve_pairs(document) if reserve else []
    found: list[AttendanceFacts] = []
    label = ""
    for n, row_label, cells in rows:
        label = row_label or label
        found.extend(_fact(c, label, preamble[n], reserve, pairs) for c in cells if c["mark"])
    officers, end = officers_in_attendance(preamble, after)
    found.extend(officers)
    used.update(range(after, end))
    return found, used
