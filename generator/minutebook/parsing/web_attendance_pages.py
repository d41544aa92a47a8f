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

from ..dates import find_date, find_numeric_date
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
#: substitute", "Absent", "Did not attend", "Expected", "In attendance", "In attendance,
#: virtual", "Attended virtually"
ATTENDANCE = re.compile(
    r"^(?P<value>present|apologies|absent|expected|in\s+attendance|attended|did\s+not\s+attend)"
    r"(?P<rest>[ ,]{1,3}(?:virtual(?:ly)?|remotely|as\s+(?:a\s+)?substitute|sent\s+(?:a\s+)?"
    r"substitute|in\s+person)){0,2}\.?$",
    re.IGNORECASE,
)
#: roles of people who are no member of the meeting's body
OFFICER_ROLE = re.compile(r"^(?:officers?|clerk|adviser|advisor|legal\s+adviser)$", re.I)
ALSO_ROLE = re.compile(
    r"^(?:also\s+present|guests?|observers?|visiting\s+members?|ward\s+members?|"
    r"non-committee\s+members?|other\s+members?|witness(?:es)?)$",
    re.IGNORECASE,
)
#: "Substitute for Councillor A Reid": whom a substitute stands in for
SUBSTITUTE_FOR = re.compile(r"^substitut(?:e|ing)\s+for\s+(?P<who>[A-Z].{2,80})$", re.IGNORECASE)
SUBSTITUTE_ROLE = re.compile(r"^(?:substitutes?|reserves?|substitute\s+members?)$", re.I)
#: the page's own headings over the table ("Attendance", "Meeting attendance",
#: "Attendance details") and the table's header: never a venue, a list's label or a minute
PAGE_HEADING = re.compile(
    r"^(?:(?:meeting\s+)?attendance(?:\s+details)?:?|attendee\s+role\s+attendance)$",
    re.IGNORECASE,
)
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


def _header_at(lines: list[Line], k: int) -> list[int] | None:
    """The indexes of the table's header row at line `k`: one line with its cells split,
    or three lines ("Attendee" / "Role" / "Attendance"); None when no header is there."""
    text = plain(lines[k].text).strip()
    if not text.lower().lstrip("| ").startswith("attendee"):
        return None
    if _heading_cells(cells(lines[k].text)):
        return [k]
    if text.lower() != "attendee":
        return None
    filled = [n for n in range(k + 1, min(len(lines), k + 6)) if lines[n].text.strip()][:2]
    texts = [plain(lines[n].text).strip().lower() for n in filled]
    return [k, *filled] if texts == ["role", "attendance"] else None


def roll_header(lines: list[Line]) -> list[int] | None:
    """The indexes of the table's header in the file's head; None without one."""
    for k in range(min(len(lines), HEAD_LINES)):
        header = _header_at(lines, k)
        if header is not None:
            return header
    return None


Row = tuple[Line, str, str, str, list[int]]  # name's line, name, role, attendance, indexes


def _split_rows(lines: list[Line], start: int) -> tuple[list[Row], int]:
    """Rows printed one a line with their cells split, from `start` on, and the index
    where they stop."""
    rows: list[Row] = []
    k = start
    for k in range(start, min(len(lines), start + MAX_ROWS)):
        text = lines[k].text.strip()
        if not text or BORDER.match(text):
            continue
        found = cells(text)
        if len(found) == 2 and ATTENDANCE.match(found[1]):
            found = [found[0], "", found[1]]  # the role's cell left empty
        if len(found) != 3 or not ATTENDANCE.match(found[2]) or len(found[0]) > MAX_CELL:
            return rows, k
        rows.append((lines[k], found[0], found[1], found[2], [k]))
    return rows, k + 1


def _stacked_rows(lines: list[Line], start: int) -> tuple[list[Row], int]:
    """Rows printed one cell a line (the name, its role unless left empty, its
    attendance), from `start` on, and the index where they stop."""
    end = min(len(lines), start + MAX_ROWS * 4)
    filled = [k for k in range(start, end) if lines[k].text.strip()]
    texts = [plain(lines[k].text).strip() for k in filled]
    rows: list[Row] = []
    n = 0
    while n + 1 < len(filled):
        name = texts[n]
        if ATTENDANCE.match(name) or len(name) > MAX_CELL or _header_at(lines, filled[n]):
            break
        if ATTENDANCE.match(texts[n + 1]):  # the role's cell left empty
            rows.append((lines[filled[n]], name, "", texts[n + 1], filled[n : n + 2]))
            n += 2
            continue
        if n + 2 >= len(filled) or not ATTENDANCE.match(texts[n + 2]):
            break
        if len(texts[n + 1]) > MAX_CELL:
            break
        rows.append((lines[filled[n]], name, texts[n + 1], texts[n + 2], filled[n : n + 3]))
        n += 3
    return rows, filled[n] if n < len(filled) else end


#: Non-blank lines between two tables of the page (a heading over the second: "Officers")
TABLE_GAP = 2


def _next_header(lines: list[Line], at: int) -> list[int] | None:
    """The header of another table of the page just below `at`, past a heading or two,
    with the heading's indexes first; None when the page's tables end there."""
    seen: list[int] = []
    for k in range(at, min(len(lines), at + TABLE_GAP * 4 + 2)):
        if not lines[k].text.strip():
            continue
        header = _header_at(lines, k)
        if header is not None:
            return [*seen, *header]
        seen.append(k)
        if len(seen) > TABLE_GAP or len(lines[k].text.strip()) > MAX_CELL:
            return None
    return None


#: a record's own words, never in the page's head ("Minutes of the meeting held on")
RECORD_WORDS = re.compile(r"\b(?:minutes|held)\b", re.IGNORECASE)


def _footer_line(text: str) -> bool:
    """A short line of the page's footer: no minute's number, no list's label."""
    text = plain(text).strip()
    return len(text) <= MAX_CELL and not text[:1].isdigit() and not LABEL.match(text)


#: "Present:", "Apologies:": a list's label opening a line
LABEL = re.compile(r"^(?:present|apologies|also\s+present|in\s+attendance)\b", re.I)
#: Most lines under the tables on the page (its footer, when no link list heads it)
MAX_AFTER = 6
#: The most tables read on one page
MAX_TABLES = 6


def roll_rows(lines: list[Line]) -> tuple[int, list[Row]] | None:
    """The index of the first table's last header line and the rows of the page's
    tables, when the file's head holds the first; None otherwise (or when no row follows
    its header)."""
    header = roll_header(lines)
    if header is None:
        return None
    first = header[-1]
    found: list[Row] = []
    for _ in range(MAX_TABLES):
        stacked = plain(lines[header[-1]].text).strip().lower() == "attendance"
        read = _stacked_rows if stacked else _split_rows
        rows, stop = read(lines, header[-1] + 1)
        if not rows:
            break
        found.extend((*row[:4], [*header, *row[4]]) for row in rows)
        header = _next_header(lines, stop) or []
        if not header:
            break
    return (first, found) if found else None


def _role(role: str, value: str) -> AttendanceRole | None:
    """The attendance a row records, by its attendance first, then by its role."""
    value = value.lower()
    if value.startswith("apolog"):
        return AttendanceRole.APOLOGIES
    if value.startswith(("absent", "did not")):
        return AttendanceRole.ABSENT
    if value.startswith("expected"):
        return None  # the meeting is still to come
    if SUBSTITUTE_ROLE.match(role) or SUBSTITUTE_FOR.match(role) or "substitute" in value:
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
        facts.append(AttendanceFacts(kind, name, _capacity(role, kind), line.number))
    return facts, taken


def _capacity(role: str, kind: AttendanceRole) -> str | None:
    """The capacity a row's role gives: the member's office or kind of seat, whom a
    substitute stands in for ("substitute for Councillor A Reid"); none when the role only
    restates the attendance ("Substitute", "Officer", "Also present")."""
    standing_in = SUBSTITUTE_FOR.match(role)
    if standing_in is not None:
        return f"substitute for {standing_in['who'].strip()}"
    if kind is AttendanceRole.SUBSTITUTE or not role:
        return None  # a substitute's seat is the member's they stand in for, not printed
    restated = SUBSTITUTE_ROLE.match(role) or OFFICER_ROLE.match(role) or ALSO_ROLE.match(role)
    return None if restated else role


def roll_page_start(lines: list[Line]) -> int | None:
    """The index of an attendance page's last header line when the file is such a page:
    everything above it is the page's head (banner, crumbs, the meeting's heading), no
    paper of its own, and nothing but a short footer follows its tables; None for any
    other file (printed minutes that set the table over their minutes)."""
    found = roll_rows(lines)
    if found is None:
        return None
    last = max(k for row in found[1] for k in row[4])
    after = [line for line in lines[last + 1 :] if line.text.strip()]
    if len(after) > MAX_AFTER or any(not _footer_line(line.text) for line in after):
        return None  # minutes go on under the table: printed minutes, not the page
    above = [plain(line.text).strip() for line in lines[: found[0]]]
    if any(RECORD_WORDS.search(text) for text in above):
        return None  # "Minutes of the meeting ... held on": a record's own opening
    if not any(find_date(text) or find_numeric_date(text) for text in above):
        return None  # no meeting's date above the table: no meeting's page
    return found[0]
