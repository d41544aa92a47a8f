"""Declarations listed item first, the member last: "Item 17 of the Clerk's report – Cllr A".

Some clerks list a meeting's declarations by the business they concern, the item's number
and words about it first and the member who declared after a dash, nothing after the
name: "Item 7 Grants to local groups – Councillor A Reed". A short minute printed as one
paragraph runs the entries together on one line, its heading's line too ("10.
DECLARATIONS OF INTEREST Item 17 of Town Clerk's Report section 2 – Councillor A Reed
Item 17 section 3 - Councillor B Shaw"). The rules reading an entry as "Item 7 – member
– interest" (`item_then_member`) want the interest after the name, and those reading a
titled name want a word of interest on the line.

Read in a declarations minute: each titled member after a spaced dash that closes an
entry opened by "Item" or "Minute" and its number, the member ending at the next entry,
a bracket, a stop or the line's end.
"""

from __future__ import annotations

import re
from itertools import islice

from ..model import DeclarationFacts, Line
from .declaration_lists import ONE_TITLED
from .minute_paragraphs import PARAGRAPH_LEAD
from .text import plain

#: "Item 17", "Agenda item 4b", "Minute 23/45": what opens an entry
ENTRY_OPENING = r"\b(?i:(?:agenda\s+)?item|minute)(?:\s+no\.?)?\s+\d[\w./]{0,11}"
#: An entry: its opening, a few words about the business (no dash), a spaced dash and the
#: titled member, who ends where the next entry opens, at a bracket, a stop or the end.
ENTRY = re.compile(
    rf"{ENTRY_OPENING}(?P<about>[^–—\n]{{0,120}}?)\s[–—-]\s+(?P<who>{ONE_TITLED}?)"
    rf"(?=\s+{ENTRY_OPENING}|\s*\(|\s*[.;]?\s*$)"
)
#: At most this many entries read on one line (bounds the scan).
MAX_ENTRIES = 20


def item_first_members(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each titled member closing an entry that opens with its item ("Item 7 Grants to
    local groups – Councillor A Reed"), as printed; empty for a line holding none."""
    text = PARAGRAPH_LEAD.sub("", plain(line.text), count=1)
    if not re.search(r"(?i:item|minute)", text) or len(text) > 2000:
        return []  # cheap test first
    found: list[DeclarationFacts] = []
    for match in islice(ENTRY.finditer(text), MAX_ENTRIES):
        who = re.sub(r"(?<=\w{2})\.$", "", match["who"].strip())
        found.append(DeclarationFacts(who, text, line.number, minute))
    return found
