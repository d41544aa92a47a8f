"""A web page's "No. Item" header over its items, with lists still printed under it.

A committee system's "Agenda and minutes" page prints the header of its table of items
("No. Item") and then, before the first numbered item, whatever the clerk typed in the
table's first row: often the officers in attendance, or the apologies.

    Items
    No. Item

    Officers in attendance:
      ·  Ann Reid, Head of Legal Services - Fenby Council

    1.
    Apologies

Minutes printed as a table ("Min No.   Item") start under their header, and nobody is
listed there; a page's bare "No. Item" is only the header of its list of items, and the
lists above its first item are the opening's.
"""

from __future__ import annotations

import re

#: "No. Item" alone on its line (the number column and the item column of the page)
ITEMS_HEADER = re.compile(r"^No\.?[ \t\u00a0]{1,8}Items?$", re.IGNORECASE)


def page_items_header(raw: str) -> bool:
    """Whether a line is a web page's bare "No. Item" header: the opening goes on under
    it until the first numbered item."""
    return ITEMS_HEADER.match(raw.strip()) is not None
