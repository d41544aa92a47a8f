"""A declarations table saved one cell a line whose member cell holds several names.

A table of declarations converted from a PDF prints each cell on a line of its own, and
a cell that wraps goes on over more lines. Members who declared the same interest share
one row, their names stacked one a line in the member's cell:

    Member(s)
    Minute
    No.
    Item
    Interest
    Mr A Reid
    12
    Budget
    Governor of a local school
    Mrs B Moss
    Mr C Lowe
    Mrs D Hart
    Member of the trust

The wrapped cells leave no fixed count of lines to a row, so the rows cannot be counted
off the header; but a titled name alone on its line under such a header is the member's
cell, and each is a declaration of its own. Read only where two names stack so (a
table of one member a row is `declaration_layouts.cell_per_line_rows`'), up to the
minute's end; a page's footer and the header printed again over the next page's rows
are passed over as cells that name no one.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from ..vocabulary import TITLE
from .text import plain

#: The member's column's header cell alone: "Member(s)", "Members", "Councillor"
MEMBER_CELL = re.compile(r"^(?:Members?(?:\(s\))?|Councillors?|Name)\s{0,2}:?$", re.IGNORECASE)
#: The interest's column's header cell alone: "Interest", "Nature of Interest"
INTEREST_CELL = re.compile(r"^(?:(?:Nature|Type|Kind)\s+of\s+)?Interests?\s{0,2}:?$", re.IGNORECASE)
#: A titled name alone: "Mr A Reid", "Mrs B J Moss", "Cllr Carol Lowe"
TITLED_NAME = re.compile(
    rf"^{TITLE}(?:\s+(?:[A-Z]\.?|[A-Z][a-z'’]{{0,2}}[A-Z]?[a-z'’-]{{1,30}})){{1,5}}$"
)
#: Lines of the header between the member's cell and the interest's, at most
MAX_HEADER_CELLS = 6
#: Lines of a table looked at, at most (bounds the scan)
MAX_TABLE_LINES = 200


def _header_end(cells: list[Line], k: int) -> int | None:
    """Where the header starting at cell `k` ends (the index after its interest cell),
    when cell `k` is the member's column's and an interest cell follows within a few
    short cells; None otherwise."""
    if not MEMBER_CELL.match(plain(cells[k].text).strip()):
        return None
    for j in range(k + 1, min(len(cells), k + 1 + MAX_HEADER_CELLS)):
        text = plain(cells[j].text).strip()
        if INTEREST_CELL.match(text):
            return j + 1
        if len(text) > 30:
            return None
    return None


def stacked_member_cells(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """Each titled name alone on its line under a cell-per-line declarations header, when
    two of them stack in one cell; the cells after a row's names are what they declared.
    Empty for any other minute."""
    cells = [x for x in body if x.text.strip()][:MAX_TABLE_LINES]
    start = next((end for k in range(len(cells)) if (end := _header_end(cells, k))), None)
    if start is None:
        return []
    names = [TITLED_NAME.match(plain(x.text).strip()) is not None for x in cells]
    if not any(names[k] and names[k + 1] for k in range(start, len(cells) - 1)):
        return []
    found: list[DeclarationFacts] = []
    for k in range(start, len(cells)):
        if not names[k]:
            continue
        after = k + 1
        while after < len(cells) and names[after]:
            after += 1
        what: list[str] = []
        while after < len(cells) and not names[after] and len(what) < MAX_HEADER_CELLS:
            what.append(plain(cells[after].text).strip())
            after += 1
        found.append(
            DeclarationFacts(plain(cells[k].text).strip(), " ".join(what), cells[k].number, minute)
        )
    return found
