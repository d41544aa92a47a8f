"""A minute book's folio reference: the page's number in the council's minute book for
the year, printed alone at the right margin at a page's head ("64/08": page 64 of the
2008 book), as town and parish councils number their signed minutes.

It looks like a minute code printed alone ("125/20" over its title, a table of minutes
converted to text), but such a code stands in the table's first column, at the left
margin; a folio is pushed far to the right, with nothing before it on its line.
"""

from __future__ import annotations

import re

#: "                                       64/08": a page number and a two- or
#: four-digit year, alone, after a run of spaces reaching well past the left margin
FOLIO = re.compile(r"^[ \t]{24,200}\d{1,4}/(?:\d\d){1,2}[ \t]{0,20}$")


def folio_reference(raw: str) -> bool:
    """The raw line is a folio reference at the right margin, not a minute code."""
    return len(raw) <= 300 and FOLIO.match(raw) is not None
