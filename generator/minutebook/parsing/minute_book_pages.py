"""A minute book's page number glued before the record's title at the head of the file.

Parish and town councils number the pages of their minute book, and a conversion runs the
first page's number into the title below it: "721 MINUTES OF THE ANNUAL MEETING OF THE X
PARISH COUNCIL HELD AT Y ON D", or into the letterhead above it ("294 THATCHAM TOWN
COUNCIL"). Read as printed, the title is no record's opening and the whole file stays
unread, or the letterhead is read as minute 294. Only on the file's first two lines (a
host's title may stand above), a number before a record's title (one naming the meeting's
body) or before the letterhead (alone, or run into the record's first words) is taken off;
a minute titled so further down keeps its number.

Further down, the top of a later page may run its number into a minute heading in
capitals: "82 189. MINUTES OF THE OPERATIONS COMMITTEE" after "188. MINUTES OF THE
PREVIOUS MEETING". Where the heading's own number is the one after the heading before
it, the figure before it is the page's, and is taken off too.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line
from ..vocabulary import BODY_NOUNS

#: A word of a letterhead in capitals ("THATCHAM", "CITY", "&")
CAPITAL_WORD = r"(?:[A-Z][A-Z'’-]*|&)"
#: Non-blank lines of a file's head where the first page's number may sit (under a host's
#: title line)
HEAD_LINES = 2
#: "721 MINUTES OF THE ... MEETING OF ...": a number, then a record's title naming the
#: meeting's body (an agenda's "1 Minutes of last meeting" names none), or the body's
#: letterhead in capitals with nothing after it
PAGE_BEFORE_TITLE = re.compile(
    r"^\s{0,4}(?P<page>\d{1,5})\s+"
    r"(?=(?:MINUTES|Minutes)\s+(?i:of\s+(?:the|a|an)\s).{0,80}?(?i:meeting\s+of)\b"
    # or the council's letterhead in capitals, alone or before the record's first words in
    # lower case: "294 THATCHAM TOWN COUNCIL", "1 THE COUNTY COUNCIL OF THE CITY & COUNTY
    # OF CARDIFF The County Council ... met at ..."
    rf"|(?P<letterhead>(?:{CAPITAL_WORD}\s+){{1,6}}(?:{BODY_NOUNS.upper()})"
    rf"(?:\s+OF(?:\s+{CAPITAL_WORD}){{1,8}})?)(?:\s*$|\s+(?=[A-Z][a-z])))"
)


def drop_minute_book_page(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with a minute book's page number taken off the title and off the minute
    headings further down (see above)."""
    lines, dropped = _page_before_heading(lines)
    filled = [k for k, line in enumerate(lines) if line.text.strip()][:HEAD_LINES]
    for k in filled:
        page = PAGE_BEFORE_TITLE.match(lines[k].text)
        if page is not None:
            line = lines[k]
            rest = line.text[page.end() :]
            head = page["letterhead"]
            kept = [Line(line.number, rest)]
            if head and rest[len(head) :].strip():  # the letterhead apart from the record's words
                kept = [Line(line.number, head), Line(line.number, rest[len(head) :].strip())]
            out = [*lines[:k], *kept, *lines[k + 1 :]]
            page_number = Furniture(Line(line.number, page["page"]), "minute-book-page")
            return out, [*dropped, page_number]
    return lines, dropped


#: "188. MINUTES OF THE PREVIOUS MEETING": a minute's number and its title in capitals
NUMBERED_CAPITALS = re.compile(r"^\s{0,4}(?P<number>\d{1,4})\.\s+[A-Z]{3,}")
#: "82 189. MINUTES OF THE ...": a page's number, then such a heading
PAGE_THEN_NUMBERED = re.compile(r"^\s{0,4}(?P<page>\d{1,4})\s+(?P<number>\d{1,4})\.\s+[A-Z]{3,}")


def _page_before_heading(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with the minute book's page number taken off a minute heading further
    down the record ("82 189. MINUTES OF THE ..."), where the page's top ran into it: only
    where the heading's number is the one after the heading before it, and the figure
    before it is not."""
    out: list[Line] = []
    dropped: list[Furniture] = []
    last: int | None = None
    for line in lines:
        paged = PAGE_THEN_NUMBERED.match(line.text)
        if paged and last is not None and int(paged["number"]) == last + 1 != int(paged["page"]):
            out.append(Line(line.number, line.text[paged.start("number") :]))
            dropped.append(Furniture(Line(line.number, paged["page"]), "minute-book-page"))
            last += 1
            continue
        heading = NUMBERED_CAPITALS.match(line.text)
        if heading:
            last = int(heading["number"])
        out.append(line)
    return out, dropped
