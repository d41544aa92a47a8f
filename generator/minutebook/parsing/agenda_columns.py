"""An agenda printed as a table whose columns are aligned by spaces, under a header row
naming them: "Item no.  Agenda Item    Details    Status" (fire authorities),
"Item    Subject    Lead    Page" (joint committees). The text conversion keeps no
tabs, so the item's title runs on into its details, lead officer or status cell; the
header's words show where each column starts. Each row under the header is re-cut into
tab-separated cells at those columns, which the table readers of `agenda_items` read
(the title cell alone, its wrapped lines joined, a page cell as the pages).
"""

from __future__ import annotations

import itertools
import re

from ..model import Line
from .agenda_items import DESCRIPTION, ITEM_FIELD, PAGE_CELL

#: the header's first cell: the code column's label, perhaps with the title column's
#: label one space after it ("Item no. Agenda Item")
CODE_HEADER = re.compile(
    r"(?:(?:agenda\s)?item(?:\sno\.?|\snumber)?|no\.?|ref\.?)"
    r"(?P<title>\s(?:agenda\sitem|subject|title|item|business|report))?",
    re.IGNORECASE,
)
#: the title column's label in a cell of its own
TITLE_HEADER = re.compile(r"agenda item|subject|title|item|business|report", re.IGNORECASE)
#: the labels of the columns after the title
OTHER_HEADER = re.compile(
    r"details|status|lead(?: officer| member)?|pages?|purpose|presenter|presented by|"
    r"officer|contact|action|time|report of|decision|paper|for",
    re.IGNORECASE,
)
#: a header cell: words one space apart; two spaces or more part cells
HEADER_CELL = re.compile(r"\S+(?: \S+)*")
#: an item's code alone in the code column: "01", "5.1", "05a", "3."
CODE = re.compile(r"[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?\.?")
#: a page's running footer inside the table: "X – 19 April 2017      Page 1", "2"
FOOTER = re.compile(r".{0,120}\bPage \d{1,3}|\d{1,3}")
#: Characters a header line is at most
HEADER_MAX = 160


def _columns(text: str) -> list[int] | None:
    """Where each column of an agenda table starts, from its header row, or None when the
    line is no such header: code, title and one column or more after it."""
    if len(text) > HEADER_MAX or "\t" in text:
        return None
    found = list(HEADER_CELL.finditer(text))
    if len(found) < 2:
        return None
    first = CODE_HEADER.fullmatch(found[0].group())
    if first is None:
        return None
    if first["title"]:
        starts = [found[0].start(), found[0].start() + first.start("title") + 1]
        rest = found[1:]
    elif TITLE_HEADER.fullmatch(found[1].group()):
        starts = [found[0].start(), found[1].start()]
        rest = found[2:]
    else:
        return None
    if not rest or not all(OTHER_HEADER.fullmatch(cell.group()) for cell in rest):
        return None
    return [0, starts[1], *(cell.start() for cell in rest)]


def _recut(text: str, columns: list[int]) -> str | None:
    """A row re-cut at the columns into tab-separated cells, or None when its text is no
    row (its code cell holds no code, or a word crosses a column's start)."""
    for start in columns[1:]:
        if start < len(text) and text[start - 1] != " " and text[start] != " ":
            return None
    bounds = [*columns, len(text)]
    row = [text[a:b].strip() for a, b in itertools.pairwise(bounds) if a < len(text)]
    if row[0] and not CODE.fullmatch(row[0]):
        return None
    return "\t".join(row)


def _title_goes_on(row: list[str]) -> str | None:
    """The title cell of a row under an item's row when it goes on with the item's title:
    its code cell empty and its title cell no sentence, page, description or field."""
    if len(row) < 2 or row[0] or not row[1]:
        return None
    text = row[1]
    if PAGE_CELL.fullmatch(text) or text.endswith(".") or DESCRIPTION.match(text):
        return None
    return None if ITEM_FIELD.match(text) else text


def _join_wrapped(out: list[Line], row: str) -> str:
    """The row, with its title cell moved to the end of the title of the item row above
    when it goes on with it (the row keeps its other cells)."""
    cells = row.split("\t")
    above = out[-1].text.split("\t") if out else []
    rest = _title_goes_on(cells)
    if rest is None or len(above) < 2 or not above[0] or not above[1]:
        return row
    above[1] = f"{above[1]} {rest}"
    out[-1] = Line(out[-1].number, "\t".join(above))
    cells[1] = ""
    return "\t".join(cells)


def aligned_columns(lines: list[Line]) -> list[Line]:
    """The lines with the rows under an aligned table's header re-cut into tabbed cells,
    a title wrapped in its column joined to its item's row; the table ends at the first
    line that is no row, blank line or page footer."""
    out: list[Line] = []
    columns: list[int] | None = None
    for line in lines:
        if columns is None:
            columns = _columns(line.text.rstrip())
            out.append(line)
            continue
        text = line.text.rstrip()
        row = _recut(text, columns) if text else None
        if row is not None:
            out.append(Line(line.number, _join_wrapped(out, row)))
            continue
        if text and not FOOTER.fullmatch(text.strip()):
            columns = _columns(text)
        out.append(line)
    return out
