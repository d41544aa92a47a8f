"""The folio number a town or parish council's minute book prints on every page.

A clerk's minute book numbers its pages through the council's year ("64/08": page 64 of
the 2008 book), printed at the top right of the page, under or beside the running
header. Converted to text it is a line of its own, far to the right, holding only that
number; read as text it looks like a minute number ("12/21 Minutes"), so it is furniture.
A minute number stands at the margin, never alone at the right of the page.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: a folio alone, far right: "                                        64/08"
FOLIO = re.compile(r"^[ \t]{30,200}\d{1,4}/\d{2}$")


def drop_minute_book_folios(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Every folio line, taken out as furniture."""
    kept: list[Line] = []
    dropped: list[Furniture] = []
    for line in lines:
        if line.text[:1] in " \t" and FOLIO.fullmatch(line.text.rstrip()):
            dropped.append(Furniture(line, "minute-book-folio"))
        else:
            kept.append(line)
    return kept, dropped
