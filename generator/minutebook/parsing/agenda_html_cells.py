"""An agenda's table of items kept as HTML by the conversion, one row to a line.

Councils, panels and joint committees print their business as a table of the item's
number, its subject and its pages ("Item | Subject | Pages", "No. | Item"). Some
converters hand such a table back with its markup and no tab between the cells:

    <tr><td>3.</td><td>Minutes of the meeting held on 7 February 2019</td><td>1 - 6</td></tr>

Read as printed, the tags are taken off and the cells run together ("3.Minutes of ...
2019 1 - 6"), which no item form reads. `html_row_cells` gives the row as the other
converters print it, its cells split by tabs, so the table-row reader takes the number,
the title and the pages from their own cells. A line with no cell tags is no such row.
"""

from __future__ import annotations

import re

from ..markup import TAGS

#: where one cell ends and the next begins: "</td><td>", "</th> <th class='x'>"
CELL_BOUNDARY = re.compile(r"</t[dh]>\s{0,40}<t[dh](?:\s[^<>]{0,200})?>", re.IGNORECASE)
#: spaces left inside a cell once its markup ("<p>", "<br>") is gone
CELL_SPACES = re.compile(r"[ \u00a0]+")


def html_row_cells(text: str) -> str | None:
    """The cells of a table row printed as HTML ("<tr><td>3.</td><td>Minutes</td></tr>"),
    stripped of markup and joined by tabs; None when the line holds fewer than two cells."""
    pieces = CELL_BOUNDARY.split(text)
    if len(pieces) < 2:
        return None
    cells = [CELL_SPACES.sub(" ", TAGS.sub(" ", piece)).strip() for piece in pieces]
    return "\t".join(cells)
