"""The markers of an agenda's front sheet and item list flattened onto one line.

`flattened_lines` cuts a long line back at the genre's markers. An agenda printed by an
older converter, or taken from a document-sharing site, marks its blocks in ways the
plain markers miss:

- the heading letter-spaced ("A G E N D A 1. Apologies ...") or followed by the part it
  opens ("AGENDA PART 1: ITEMS LIKELY TO BE CONSIDERED IN PUBLIC 1 APOLOGIES ...");
- decimal sub-items under an item ("6. REPORTS OF THE CHIEF FIRE OFFICER 6.1 Budget
  6.2 Pay Policy"), the converter sometimes doubling the stop ("6..1");
- members grouped by the council appointing them ("EASTBY : Councillors - Ash, Birch
  WESTBY : Councillors - Cole, Dean", "Members appointed by Eastby Council Councillor:
  Ash, Birch; Members appointed by ..."), each group a line of its own on the page;
- "(Pages 7 - 12)", the page range closing an item's description;
- a page number between dashes before the next page's running header ("- 2 - EASTSHIRE
  FIRE AUTHORITY ...");
- a note to members on the front sheet ("NB – Please note: ...").

A later page's number and its running header (the first page's title and heading
repeated) are page furniture: `running_headers` finds them among the cut pieces.

Each function returns the positions where the line is cut ([] when none applies); each
pattern is bounded and each loop runs over the line's matches once.
"""

from __future__ import annotations

import re

#: "AGENDA", "A G E N D A" (one or two spaces between the letters), as a word of its own
SPACED_AGENDA = re.compile(r"(?<!\S)A[ ]{1,2}G[ ]{1,2}E[ ]{1,2}N[ ]{1,2}D[ ]{1,2}A(?!\S)")
#: "AGENDA PART 1: ..." / "AGENDA PART I": the heading with the part it opens
AGENDA_PART = re.compile(r"(?<!\S)AGENDA[ ]{1,3}(?=PART[ ]{1,3}(?:\d{1,2}|[IVX]{1,4})\b)")
#: How far before the first numbered item a heading may stand (a part's caption between)
MAX_HEADING_GAP = 160
#: "6.1 Budget", "6..1 Budget": a sub-item's number (group 1 its item's) and a capital
SUB_ITEM = re.compile(r"(?<!\S)(?P<item>\d{1,3})\.{1,2}\d{1,2}[ ]{1,3}(?=[A-Z])")
#: "EASTBY : Councillors - ", "NORTH & SOUTH VALE: Councillor ": a council in capitals
#: heading its group of members
COUNCIL_GROUP = re.compile(
    r"(?<!\S)(?:[A-Z&][A-Z&'’.-]{0,30}[ ]{1,2}){0,4}[A-Z][A-Z'’.-]{1,30}[ ]{0,2}:[ ]{1,3}"
    r"(?=(?:Councillors?|Cllrs?)\b)"
)
#: "Members appointed by Eastby Council", "Members nominated by ...": a group's heading
APPOINTED_BY = re.compile(
    r"(?<!\S)Members[ ]{1,3}(?:appointed|nominated)[ ]{1,3}by(?=[ ]{1,3}(?:the[ ]{1,3})?[A-Z])"
)
#: "MEMBERS OF EASTSHIRE FIRE AUTHORITY -": the heading over the groups
MEMBERS_HEADING = re.compile(r"(?<!\S)MEMBERS(?=[ ]{1,3}(?:OF\b|:|[-–]))")
#: How far before the first council group its heading may stand
MAX_MEMBERS_GAP = 120
#: "(Pages 7 - 12)", "(Page 3)": the page range closing an item's description
PAGE_RANGE = re.compile(r"\(Pages?[ ]{1,3}\d{1,4}(?:[ ]{0,3}[-–][ ]{0,3}\d{1,4})?\)")
#: "- 2 -": a page's number between dashes, then the next page's running header
PAGE_NUMBER = re.compile(r"(?<=\s)[-–][ ]{1,3}\d{1,3}[ ]{1,3}[-–](?=[ ]{1,3}[A-Z])")
#: "NB – Please note:", "Please note:": a note to members on the front sheet
FRONT_NOTE = re.compile(
    r"(?<!\S)(?:N\.?B\.?[ ]{0,3}[-–:][ ]{0,3}(?:Please[ ]{1,3}note:?)?"
    r"|Please[ ]{1,3}note:)"
)


def agenda_headings(text: str, numbered: list[int]) -> list[tuple[int, int]]:
    """The (start, end) of each "A G E N D A" or "AGENDA PART n" heading of a flattened
    line, when one stands within `MAX_HEADING_GAP` characters before the first numbered
    item (`numbered`, their positions); [] when none does (an agenda's heading that heads
    no numbered item is not weighed as one)."""
    if not numbered:
        return []
    found = [(m.start(), m.end()) for m in SPACED_AGENDA.finditer(text)]
    found += [(m.start(), m.end()) for m in AGENDA_PART.finditer(text, 0, numbered[0])]
    first = numbered[0]
    if not any(first - MAX_HEADING_GAP <= start < first for start, _ in found):
        return []
    return sorted(set(found))


def sub_items(text: str, numbered: list[int], numbers: list[int]) -> list[int]:
    """Where each decimal sub-item ("6.1 ", "6..1 ") of an item of the run starts: after
    that item's heading and before the next item's; `numbers` are the run's numbers."""
    cuts = []
    bounds = [*numbered[1:], len(text)]
    for start, number, end in zip(numbered, numbers, bounds, strict=True):
        cuts += [
            m.start() for m in SUB_ITEM.finditer(text, start + 1, end) if int(m["item"]) == number
        ]
    return cuts


def council_groups(text: str) -> list[int]:
    """Where each group of members under its council in capitals starts, and the heading
    over the groups ("MEMBERS OF ... -") when it stands just before the first."""
    groups = [m.start() for m in COUNCIL_GROUP.finditer(text)]
    groups = groups or [m.start() for m in APPOINTED_BY.finditer(text)]
    if len(groups) < 2:
        return []
    headings = [
        m.start()
        for m in MEMBERS_HEADING.finditer(text, max(0, groups[0] - MAX_MEMBERS_GAP), groups[0])
    ]
    return headings[:1] + groups


def page_marks(text: str) -> list[int]:
    """Where a page range closing an item's description ends, and where a page's number
    between dashes starts: what follows them is the next block."""
    cuts = [m.end() for m in PAGE_RANGE.finditer(text)]
    cuts += [m.start() for m in PAGE_NUMBER.finditer(text)]
    cuts += [m.end() for m in PAGE_NUMBER.finditer(text)]
    return cuts


def front_notes(text: str) -> list[int]:
    """Where a note to members on a front sheet starts."""
    return [m.start() for m in FRONT_NOTE.finditer(text)][:1]


#: a piece that is a page's number between dashes alone: "- 2 -"
PAGE_NUMBER_PIECE = re.compile(r"^[-–][ ]{1,3}\d{1,3}[ ]{1,3}[-–]$")
#: A running header that repeats only the start of the first page's title is this long
MIN_HEADER = 12
#: How many pieces open the first page (its title, place, members and heading)
MAX_HEADING_PIECES = 40
#: How many pieces after a page's number may repeat the first page's heading
MAX_HEADER_PIECES = 3


def _squeezed(piece: str) -> str:
    """A piece without its spaces, in capitals: a converter's letter-spacing differs from
    page to page ("CLEV ELAN D" / "CLEVE LAND")."""
    return "".join(piece.split()).upper()


def running_headers(pieces: list[str]) -> set[int]:
    """The indices of the pieces that are page furniture: a page's number between dashes
    ("- 2 -") and, after it, the pieces that repeat the first page's heading (its title,
    its "A G E N D A"), the next page's running header."""
    dropped: set[int] = set()
    heading: list[str] = []
    for k, piece in enumerate(pieces):
        if k == 0 or not PAGE_NUMBER_PIECE.match(piece):
            continue
        # the first page's heading: its pieces before its first numbered item
        heading = heading or [_squeezed(p) for p in pieces[: min(k, MAX_HEADING_PIECES)]]
        dropped.add(k)
        for later in range(k + 1, min(len(pieces), k + 1 + MAX_HEADER_PIECES)):
            header = _squeezed(pieces[later])
            # the header repeats a heading piece, or the title at the start of one
            if not any(
                h == header or (len(header) >= MIN_HEADER and h.startswith(header)) for h in heading
            ):
                break
            dropped.add(later)
    return dropped
