"""A committee system's attendance page for one meeting, printed to text.

Councils' committee systems (ModernGov's "Attendance" page) publish who attended a
meeting on a page of its own: the site's banner and crumbs, a heading naming the
committee and the meeting's date, then a table of three columns, "Attendee", "Role"
and "Attendance":

    Planning Committee - Tuesday, 14th January, 2025 7.00 pm
    Attendee            Role               Attendance
    Councillor A Reid   Chair              Present
    Councillor B Moss   Committee Member   Apologies
    Dev Hart            Officer            In attendance

Converted to text the cells are split by tabs or "|", or printed one a line (the name,
its role, its attendance, then the next name). Such a page is the meeting's record of
attendance and holds no minutes: the whole file is that meeting's paper (its headings
are no minutes), and each row is one person's attendance:

- "Apologies" (also "Apologies, sent substitute") is an apology; "Absent" is absence;
  "Expected" is a meeting not yet held, and records nobody.
- A present "Substitute" is a substitute; an "Officer" is in attendance; "Also present",
  a guest, an observer or a visiting member is also present; a member is present.
- The role is the person's capacity ("Chair", "Committee Member", as a kind-of-member
  label is), unless it only says what the attendance already says ("Substitute",
  "Officer", "Also present").

Each reader returns None when the text is not laid out so.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import AttendanceFacts, AttendanceRole, Line
from .text import plain

#: Lines of a file's head searched for the table's header row
HEAD_LINES = 60
#: The most rows read (bounds the scan)
MAX_ROWS = 200
#: Longest cell read
MAX_CELL = 120
#: The table's three column headings, in order
HEADINGS = ("attendee", "role", "attendance")
#: "Present", "Present, virtual", "Present as substitute", "Apologies", "Apologies, sent
#: substitute", "Absent", "Expected", "In attendance", "In attendance, virtual"
ATTENDANCE = re.compile(
    r"^(?P<value>present|apologies|absent|expected|in\s+attendance|attended)"
    r"(?P<rest>[ ,]{1,3}(?:virtual|remotely|as\s+(?:a\s+)?substitute|sent\s+(?:a\s+)?substitute"
    r"|in\s+person)){0,2}\.?$",
    re.IGNORECASE,
)
#: roles of people who are no member of the meeting's body
OFFICER_ROLE = re.compile(r"^(?:officers?|clerk|adviser|advisor|legal\s+adviser)$", re.I)
ALSO_ROLE = re.compile(
    r"^(?:also\s+present|guests?|observers?|visiting\s+members?|ward\s+members?|"
    r"non-committee\s+members?|other\s+members?|witness(?:es)?)$",
    re.IGNORECASE,
)
SUBSTITUTE_ROLE = re.compile(r"^(?:substitutes?|reserves?|substitute\s+members?)$", re.I)
#: the page's own headings over the table ("Attendance", "Meeting attendance",
#: "Attendance details"): never a venue, a list's label or a minute
PAGE_HEADING = re.compile(r"^(?:meeting\s+)?attendance(?:\s+details)?:?$", re.IGNORECASE)
#: a border row of a Markdown table: "|---|---|---|"
BORDER = re.compile(r"^\|?[\s:|-]{3,}$")


def cells(text: str) -> list[str]:
    """A row's cells: split by "|" or tabs (or three spaces or more), trimmed."""
    text = text.strip()
    if "|" in text:
        parts = text.strip("|").split("|")
    elif "\t" in text:
        parts = text.split("\t")
    else:
        parts = re.split(r" {3,}", text)
    return [plain(p).strip() for p in parts if plain(p).strip()]


def _heading_cells(found: list[str]) -> bool:
    return tuple(c.lower() for c in found) == HEADINGS


def roll_header(lines: list[Line]) -> tuple[int, bool] | None:
    """Where the table's header row is in the file's head, and whether its cells are
    printed one a line ("Attendee" / "Role" / "Attendance"); None without one."""
    texts = [plain(line.text).strip() for line in lines[:HEAD_LINES]]
    for k, text in enumerate(texts):
        if not text.lower().lstrip("| ").startswith("attendee"):
            continue
        if _heading_cells(cells(lines[k].text)):
            return k, False
        following = [t for t in texts[k + 1 : k + 6] if t][:2]
        if text.lower() == "attendee" and [t.lower() for t in following] == ["role", "attendance"]:
            return k, True
    return None


Row = tuple[Line, str, str, str, list[int]]  # name's line, name, role, attendance, indexes


def _split_rows(lines: list[Line], start: int) -> list[Row]:
    """Rows printed one a line with their cells split, from `start` on."""
    rows: list[Row] = []
    for k in range(start, min(len(lines), start + MAX_ROWS)):
        text = lines[k].text.strip()
        if not text or BORDER.match(text):
            continue
        found = cells(text)
        if len(found) != 3 or not ATTENDANCE.match(found[2]) or len(found[0]) > MAX_CELL:
            break
        rows.append((lines[k], found[0], found[1], found[2], [k]))
    return rows


def _stacked_rows(lines: list[Line], start: int) -> list[Row]:
    """Rows printed one cell a line (name, role, attendance), from `start` on."""
    end = min(len(lines), start + MAX_ROWS * 4)
    filled = [k for k in range(start, end) if lines[k].text.strip()]
    rows: list[Row] = []
    for n in range(0, len(filled) - 2, 3):
        k, r, a = filled[n : n + 3]
        name, role, value = (plain(lines[x].text).strip() for x in (k, r, a))
        if not ATTENDANCE.match(value) or ATTENDANCE.match(name) or len(name) > MAX_CELL:
            break
        if len(role) > MAX_CELL or ATTENDANCE.match(role):
            break
        rows.append((lines[k], name, role, value, [k, r, a]))
    return rows


def roll_rows(lines: list[Line]) -> tuple[int, list[Row]] | None:
    """The header row's index and the table's rows, when the file's head holds the
    table; None otherwise (or when no row follows its header)."""
    found = roll_header(lines)
    if found is None:
        return None
    k, stacked = found
    if stacked:
        filled = [n for n in range(k + 1, min(len(lines), k + 8)) if lines[n].text.strip()]
        header = [k, *filled[:2]]
        rows = _stacked_rows(lines, header[-1] + 1)
    else:
        header = [k]
        rows = _split_rows(lines, k + 1)
    if not rows:
        return None
    return header[-1], [(*row[:4], [*header, *row[4]]) for row in rows]


def _role(role: str, value: str) -> AttendanceRole | None:
    """The attendance a row records, by its attendance first, then by its role."""
    value = value.lower()
    if value.startswith("apolog"):
        return AttendanceRole.APOLOGIES
    if value.startswith("absent"):
        return AttendanceRole.ABSENT
    if value.startswith("expected"):
        return None  # the meeting is still to come
    if SUBSTITUTE_ROLE.match(role) or "substitute" in value:
        return AttendanceRole.SUBSTITUTE
    if OFFICER_ROLE.match(role):
        return AttendanceRole.IN_ATTENDANCE
    if ALSO_ROLE.match(role):
        return AttendanceRole.ALSO_PRESENT
    if value.startswith("in attendance"):
        return AttendanceRole.IN_ATTENDANCE
    return AttendanceRole.PRESENT


def roll_attendance(lines: list[Line]) -> tuple[list[AttendanceFacts], set[int]] | None:
    """Each row's attendance and the indexes of the lines the table takes (its header and
    rows), when the text holds an attendance page's table; else None."""
    found = roll_rows(lines)
    if found is None:
        return None
    facts: list[AttendanceFacts] = []
    taken = {k for k in range(found[0]) if PAGE_HEADING.match(plain(lines[k].text).strip())}
    for line, name, role, value, indexes in found[1]:
        taken.update(indexes)
        kind = _role(role, value)
        if kind is None:
            continue
        restated = SUBSTITUTE_ROLE.match(role) or OFFICER_ROLE.match(role) or ALSO_ROLE.match(role)
        capacity = None if restated or not role else role
        facts.append(AttendanceFacts(kind, name, capacity, line.number))
    return facts, taken


def roll_page_start(lines: list[Line]) -> int | None:
    """The index of an attendance page's last header line when the file is such a page:
    everything above it is the page's head (banner, crumbs, the meeting's heading), no
    paper of its own; None for any other file."""
    found = roll_rows(lines)
    if found is None:
        return None
    if not any(find_date(plain(line.text)) for line in lines[: found[0]]):
        return None  # no meeting's date above the table: no meeting's page
    return found[0]
