"""A minute book's page number glued before the record's title at the head of the file.

Parish and town councils number the pages of their minute book, and a conversion runs the
first page's number into the title below it: "721 MINUTES OF THE ANNUAL MEETING OF THE X
PARISH COUNCIL HELD AT Y ON D", or into the letterhead above it ("294 THATCHAM TOWN
COUNCIL"). Read as printed, the title is no record's opening and the whole file stays
unread, or the letterhead is read as minute 294. Only on the file's first line, a number
before a record's title (one naming the meeting's body) or before the letterhead alone is
taken off; a minute titled so further down keeps its number.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line
from ..vocabulary import BODY_NOUNS

#: "721 MINUTES OF THE ... MEETING OF ...": a number, then a record's title naming the
#: meeting's body (an agenda's "1 Minutes of last meeting" names none), or the body's
#: letterhead in capitals with nothing after it
PAGE_BEFORE_TITLE = re.compile(
    r"^\s{0,4}(?P<page>\d{1,5})\s+"
    r"(?=(?:MINUTES|Minutes)\s+(?i:of\s+(?:the|a|an)\s).{0,80}?(?i:meeting\s+of)\b"
    # or the council's letterhead in capitals alone: "294 THATCHAM TOWN COUNCIL"
    rf"|(?:[A-Z][A-Z'’&-]+\s+){{1,6}}(?:{BODY_NOUNS.upper()})\s*$)"
)


def drop_minute_book_page(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with a minute book's page number taken off the title (see above)."""
    first = next((k for k, line in enumerate(lines) if line.text.strip()), None)
    page = PAGE_BEFORE_TITLE.match(lines[first].text) if first is not None else None
    if first is None or page is None:
        return lines, []
    line = lines[first]
    out = [*lines[:first], Line(line.number, line.text[page.end() :]), *lines[first + 1 :]]
    return out, [Furniture(Line(line.number, page["page"]), "minute-book-page")]
