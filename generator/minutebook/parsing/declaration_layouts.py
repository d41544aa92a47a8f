"""Declarations tables that lost their cell marks in conversion, one function each (None
or empty when it does not apply):

- `spaced_declaration_rows`: the table's columns kept only as runs of spaces ("Member
  <spaces> Agenda Item No <spaces> Interest" over "Cllr A Bell <spaces> Item 5 <spaces>
  Personal – ..."), the member's column first or after the minute's ("Minute Number
  <spaces> Member <spaces> Level of Interest"); a line whose text starts under the column
  after the member's carries the row above on (a long interest wraps in its cell);
- `flattened_declaration_row`: the whole table run onto one line, its header's words first
  ("Panel Member Personal Interest Ann Bell Chair of the Safer Towns Board Raj Moss
  Trustee of ..."): no mark is left between the cells, so a member is a name the same
  paper prints with a title elsewhere ("Cllr Ann Bell" in its attendance).

- `cell_per_line_rows`: a web page's table saved as text, each cell on a line of its
  own: "Councillor" / "Minute Number" / "Nature of Interest" over "A.B. Bell" / "8 –
  Housing Strategy" / "Trustee of the housing trust", the header's cells counting the
  columns each row then fills.

Tables with tabs or "|" between their cells are `declarations.declaration_rows`'.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from ..vocabulary import TITLE
from .text import plain

#: Cells of a table flattened to text with spaces: two or more spaces between them.
SPACED_CELL_SPLIT = re.compile(r"\s{2,}")
#: A header cell is a label of a few words ("Agenda Item No", "Nature of Interest").
MAX_HEADER_CELL = 30
MEMBER_HEADER = re.compile(r"\b(?:member|councillor|name)s?\b", re.IGNORECASE)
INTEREST_HEADER = re.compile(r"\binterests?\b", re.IGNORECASE)
#: A word of a name: capitalised, an initial, or a particle ("de", "van der").
NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|di|du|la|le|van|von|der|den)\b)"
#: A row's first cell naming who declared: titled ("Cllr. S. Rees", "Sir John Hale") or
#: a first name and surname ("Ann Bell").
ROW_NAME = re.compile(
    rf"^(?:{TITLE}(?:\s+{TITLE})?(?:\s+{NAME_WORD}){{1,5}}"
    rf"|[A-Z][a-z'’-]+(?:\s+{NAME_WORD}){{1,3}})$"
)
#: A table has at most this many lines (bounds the scan).
MAX_TABLE_LINES = 100


def _spaced_cells(text: str) -> list[str]:
    """The cells of a line split at runs of spaces (split before `plain`, which closes
    them up), each as plain text."""
    return [c for c in (plain(x) for x in SPACED_CELL_SPLIT.split(text.strip())) if c]


def _member_column(text: str) -> tuple[int, int] | None:
    """Which cell of a spaced header names the member (the first, or after a "Minute
    Number" / "Item" cell), and the column where the next cell starts: under it stand a
    row's wrapped words. None for no header naming the member and then the interest."""
    if "\t" in text or "|" in text:
        return None  # cells marked: `declaration_rows`'
    cells = _spaced_cells(text)
    if len(cells) < 2 or any(len(c) > MAX_HEADER_CELL for c in cells):
        return None
    member = next(
        (
            n
            for n, c in enumerate(cells)
            if MEMBER_HEADER.search(c) and not INTEREST_HEADER.search(c)
        ),
        None,
    )
    if member is None or not any(INTEREST_HEADER.search(c) for c in cells[member + 1 :]):
        return None
    gaps = [m.end() for m in re.finditer(r"\S\s{2,}(?=\S)", text)]
    return (member, gaps[member]) if member < len(gaps) else None


def spaced_declaration_rows(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """Rows under a header whose columns are runs of spaces: the member's cell who
    declared (a name), the rest, joined, what. A line starting under the cell after the
    member's or further carries on the row above (or the header's own second line, "Item
    ref"); the table ends at the first line that is neither."""
    found: list[DeclarationFacts] = []
    for k, line in enumerate(body):
        header = _member_column(line.text)
        if header is None:
            continue
        member, column = header
        for row in body[k + 1 : k + 1 + MAX_TABLE_LINES]:
            text = row.text.rstrip()
            if not text.strip():
                continue
            if len(text) - len(text.lstrip()) >= column - 2:
                if found:  # the interest above wrapped in its cell
                    found[-1].text = f"{found[-1].text} {' '.join(_spaced_cells(text))}"
                continue
            cells = _spaced_cells(text)
            if len(cells) < max(2, member + 1) or not ROW_NAME.match(cells[member]):
                break
            what = " – ".join(c for n, c in enumerate(cells) if n != member)
            found.append(DeclarationFacts(cells[member], what, row.number, minute))
        return found
    return found


#: The header's words opening a flattened table: "Panel Member Personal Interest",
#: "Member Interest", "Name of Member Nature of Interest", "Councillor Interests
#: Declared".
FLATTENED_HEADER = re.compile(
    r"^(?:(?:Panel|Committee|Board)\s+)?(?:Members?|Councillors?|Names?)(?:\s+of\s+Members?)?"
    r"\s+(?:(?:Personal|Prejudicial|Pecuniary|Disclosable|Other|Registrable|Nature\s+of)\s+){0,3}"
    r"Interests?(?:\s+Declared)?\s+(?=[A-Z])"
)
#: A titled name as a paper prints it elsewhere: the title, then a first name and a
#: surname ("Cllr Ann Bell", "Mrs Susan Hale"); initials give no first name to find.
TITLED_FULL_NAME = re.compile(rf"\b{TITLE}\s+(?P<name>[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+)")
#: At most this many lines of a paper are read for its titled names (bounds the scan).
MAX_NAME_LINES = 2000


def flattened_declaration_row(line: Line, minute: str, paper: list[Line]) -> list[DeclarationFacts]:
    """Each member of a declarations table run onto one line after its header's words:
    a first name and surname the paper prints after a title elsewhere ("Cllr Ann Bell"),
    found in the line in its order; what follows a name up to the next is its interest.
    Empty when the line opens with no such header or names no member so printed."""
    text = plain(line.text).strip()
    header = FLATTENED_HEADER.match(text)
    if header is None or "\t" in line.text or "|" in line.text:
        return []
    rest = text[header.end() :]
    names = {
        m["name"] for other in paper[:MAX_NAME_LINES] for m in TITLED_FULL_NAME.finditer(other.text)
    }
    starts = sorted(
        (m.start(), name)
        for name in names
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", rest)
    )
    found: list[DeclarationFacts] = []
    for n, (start, name) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(rest)
        what = rest[start + len(name) : end].strip()
        found.append(DeclarationFacts(name, what, line.number, minute))
    return found


#: A header cell alone on its line, a label of a few words ("Councillor", "Minute
#: Number", "Nature of Interest").
HEADER_CELL = re.compile(r"^[A-Z][A-Za-z ()/'’-]{1,29}$")
#: Most cells a declarations table's header holds.
MAX_COLUMNS = 4
#: A member's cell: a titled name, a first name and surname, or initials and a surname
#: ("H.A.L. Bell", "J. Bell").
CELL_NAME = re.compile(
    rf"^(?:{TITLE}(?:\s+{TITLE})?(?:\s+{NAME_WORD}){{1,5}}"
    rf"|[A-Z][a-z'’-]+(?:\s+{NAME_WORD}){{1,3}}"
    r"|(?:[A-Z]\.\s?){1,4}\s?[A-Z][a-z'’-]+(?:[- ][A-Z][a-z'’-]+)?)$"
)


def _cells_down(body: list[Line], k: int) -> list[Line]:
    """The lines with text from `k` on, each a cell (blank lines between them skipped),
    at most `MAX_TABLE_LINES`."""
    return [x for x in body[k : k + 2 * MAX_TABLE_LINES] if x.text.strip()][:MAX_TABLE_LINES]


def _header_columns(cells: list[Line]) -> int | None:
    """How many columns a header of one cell per line spans: a first cell naming the member
    ("Councillor", "Member"), then up to `MAX_COLUMNS` - 1 label cells, the last naming the
    interest. None when the lines are no such header."""
    first = plain(cells[0].text).strip() if cells else ""
    if not HEADER_CELL.match(first) or not MEMBER_HEADER.search(first):
        return None
    if INTEREST_HEADER.search(first):
        return None
    for n, cell in enumerate(cells[1:MAX_COLUMNS], 2):
        text = plain(cell.text).strip()
        if not HEADER_CELL.match(text):
            return None
        if INTEREST_HEADER.search(text):
            return n
    return None


def cell_per_line_rows(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """Rows of a table whose every cell is a line: after a header of `n` cells
    (`_header_columns`), each run of `n` cells is a row, its first the member who declared
    (a name, `CELL_NAME`), the rest what. The table ends at a row whose first cell is no
    name, or when too few cells are left for a row."""
    for k, line in enumerate(body):
        if not line.text.strip() or len(line.text.strip()) > MAX_HEADER_CELL:
            continue
        cells = _cells_down(body, k)
        columns = _header_columns(cells)
        if columns is None:
            continue
        found: list[DeclarationFacts] = []
        rows = cells[columns:]
        for start in range(0, len(rows) - columns + 1, columns):
            row = rows[start : start + columns]
            name = plain(row[0].text).strip()
            if not CELL_NAME.match(name):
                break
            what = " – ".join(plain(x.text).strip() for x in row[1:])
            found.append(DeclarationFacts(name, what, row[0].number, minute))
        return found
    return []
