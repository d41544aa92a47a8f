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
- a note to members on the front sheet ("NB – Please note: ...");
- a front sheet's own blocks: the pack's cover line ("Public Document Pack"), its
  labelled fields ("Date: ... Time: ... Venue: ..."), a member | authority table's
  heading row, the title in capitals after a letterhead ("... Published 1 May 2026
  EASTSHIRE POLICE AND CRIME PANEL Friday 15 May 2026 ..."), its notice ("Members are
  invited to attend ...", weighed as evidence only) and a lone "1. APOLOGIES" when the
  page ends after the first item.

A later page's number and its running header (the first page's title and heading
repeated) are page furniture: `running_headers` finds them among the cut pieces.

Each function returns the positions where the line is cut ([] when none applies); each
pattern is bounded and each loop runs over the line's matches once.
"""

from __future__ import annotations

import re

from ..vocabulary import WEEKDAY_NAME

#: "AGENDA", "A G E N D A" (one or two spaces between the letters), as a word of its own
SPACED_AGENDA = re.compile(r"(?<!\S)A[ ]{1,2}G[ ]{1,2}E[ ]{1,2}N[ ]{1,2}D[ ]{1,2}A(?!\S)")
#: "AGENDA PART 1: ..." / "AGENDA PART I": the heading with the part it opens
AGENDA_PART = re.compile(r"(?<!\S)AGENDA[ ]{1,3}(?=PART[ ]{1,3}(?:\d{1,2}|[IVX]{1,4})\b)")
#: "Items on the agenda: -": a front sheet's heading over its numbered items
ITEMS_HEADING = re.compile(
    r"(?<!\S)Items[ ]{1,3}on[ ]{1,3}the[ ]{1,3}agenda[ ]{0,2}:(?:[ ]{0,3}[-–])?"
)
#: How far before the first numbered item a heading may stand (a part's caption between)
MAX_HEADING_GAP = 160
#: "6.1 Budget", "6..1 Budget": a sub-item's number (group 1 its item's) and a capital
SUB_ITEM = re.compile(
    r"(?<!\S)(?P<item>\d{1,3})(?:(?:\.{1,2}\d{1,2}){1,2}\.?|\([a-j]\))[ ]{1,3}(?=[A-Z])"
)
#: "EASTBY : Councillors - ", "NORTH & SOUTH VALE: Councillor ": a council in capitals
#: heading its group of members
COUNCIL_GROUP = re.compile(
    r"(?<!\S)(?:[A-Z&][A-Z&'’.-]{0,30}[ ]{1,2}){0,4}[A-Z][A-Z'’.-]{1,30}[ ]{0,2}:[ ]{1,3}"
    r"(?=(?:Councillors?|Cllrs?)\b)"
)
#: a record's labels in capitals ("PRESENT: Councillors ..."): no council's group
BLOCK_WORDS = frozenset(
    ("PRESENT", "APOLOGIES", "ATTENDANCE", "ABSENT", "MEMBERS", "MEMBERSHIP", "SUBSTITUTES")
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
    """The (start, end) of each "A G E N D A", "AGENDA PART n" or "Items on the agenda:"
    heading of a flattened
    line, when one stands within `MAX_HEADING_GAP` characters before the first numbered
    item (`numbered`, their positions); [] when none does (an agenda's heading that heads
    no numbered item is not weighed as one)."""
    if not numbered:
        return []
    found = [(m.start(), m.end()) for m in SPACED_AGENDA.finditer(text)]
    found += [(m.start(), m.end()) for m in AGENDA_PART.finditer(text, 0, numbered[0])]
    found += [(m.start(), m.end()) for m in ITEMS_HEADING.finditer(text, 0, numbered[0])]
    first = numbered[0]
    if not any(first - MAX_HEADING_GAP <= start < first for start, _ in found):
        return []
    return sorted(set(found))


#: "a) Update on actions ...": a lettered sub-item's mark and a capital
LETTERED_SUB_ITEM = re.compile(r"(?<!\S)(?P<letter>[a-j])\)[ ]{1,3}(?=[A-Z])")


def lettered_sub_items(text: str, numbered: list[int]) -> list[int]:
    """Where each lettered sub-item ("a) ", "b) ") of an item of the run starts: a run of
    letters from "a" in order, two or more, after the item's heading and before the next
    item's ("9. Standing Items a) Action Log b) Questions to the Commissioner")."""
    cuts: list[int] = []
    bounds = [*numbered[1:], len(text)]
    for start, end in zip(numbered, bounds, strict=True):
        expected = "a"
        run: list[int] = []
        for mark in LETTERED_SUB_ITEM.finditer(text, start + 1, end):
            if mark["letter"] == expected:
                run.append(mark.start())
                expected = chr(ord(expected) + 1)
        cuts += run if len(run) >= 2 else []
    return cuts


def sub_items(text: str, numbered: list[int], numbers: list[int]) -> list[int]:
    """Where each decimal or lettered sub-item ("6.1 ", "6..1 ", "9(a) ") of an item of
    the run starts: after that item's heading and before the next item's; `numbers` are
    the run's numbers."""
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
    groups = [
        m.start()
        for m in COUNCIL_GROUP.finditer(text)
        if not BLOCK_WORDS & set(m.group().replace(":", " ").split())
    ]
    groups = groups or [m.start() for m in APPOINTED_BY.finditer(text)]
    if len(groups) < 2:
        return []
    headings = [
        m.start()
        for m in MEMBERS_HEADING.finditer(text, max(0, groups[0] - MAX_MEMBERS_GAP), groups[0])
    ]
    return headings[:1] + groups


#: "(pp 3)", "(p 12)": an older agenda's page reference after its item's title, before
#: the item's lettered parts or notes ("(pp 8) a) 25 May b) 3 June (Enclosed)")
SHORT_PAGE_REF = re.compile(r"\(pp?[ ]{1,2}\d{1,4}(?:[ ]{0,2}[-–][ ]{0,2}\d{1,4})?\)")


def page_marks(text: str) -> list[int]:
    """Where a page range closing an item's description ends, where a short page
    reference ("(pp 3)") starts and ends, and where a page's number between dashes starts:
    what follows them is the next block, and the short reference is none of the title."""
    cuts = [m.end() for m in PAGE_RANGE.finditer(text)]
    cuts += [m.start() for m in SHORT_PAGE_REF.finditer(text)]
    cuts += [m.start() for m in PAGE_NUMBER.finditer(text)]
    cuts += [m.end() for m in PAGE_NUMBER.finditer(text)]
    return cuts


#: "Notes (a) Members of the public ...", "NOTES:": the lettered notes printed after an
#: agenda's last item (its reports and the public's rights), no part of that item
NOTES_BLOCK = re.compile(
    r"(?<!\S)(?:Notes|NOTES)(?:[ ]{1,3}\((?:a|i|1)\)|[ ]{0,2}:)(?=[ ]{1,3}[A-Z])"
)


def front_notes(text: str) -> list[int]:
    """Where a note to members on a front sheet starts, and where the agenda's block of
    notes after its items does."""
    notes = [m.start() for m in FRONT_NOTE.finditer(text)][:1]
    return notes + [m.start() for m in NOTES_BLOCK.finditer(text)][:1]


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


#: The labels of a front sheet's meeting fields: "Date: ", "Time: ", "Venue: ", "Place: "
FRONT_FIELD = re.compile(
    r"(?<!\S)(?P<label>Title|Date|Time|Venue|Place|Location|DATE|TIME|VENUE|PLACE)\s{0,2}:\s"
)
#: How far into a flattened line its front sheet's fields stand
FRONT_REACH = 400
#: How many of the fields (each of its own label) make a front sheet
MIN_FRONT_FIELDS = 3


def front_fields(text: str) -> list[int]:
    """Where a front sheet's meeting fields start when the line opens with three or more
    of them, each of its own label ("Date: ... Time: ... Venue: ..."), and its members'
    field after them ("Councillors : ..."): a front sheet, even when the excerpt ends
    before its agenda; [] otherwise (a report's sentence may say "Date:" once)."""
    found = list(FRONT_FIELD.finditer(text, 0, FRONT_REACH))
    if len({m["label"] for m in found}) < MIN_FRONT_FIELDS:
        return []
    # "Place : Town Hall Councillors : Simmons (Chair) K. Malik ...": the members' field
    members = MEMBERS_FIELD.search(text, found[-1].end(), found[-1].end() + FRONT_REACH)
    return [m.start() for m in found] + ([members.start()] if members else [])


#: "Councillors : ", "Members: ": a front sheet's field of the members, after its meeting's
MEMBERS_FIELD = re.compile(r"(?<!\S)(?:Councillors|Members|Membership)\s{0,2}:\s(?=[A-Z])")


#: "Public Document Pack": the cover line of a published agenda pack, at the line's start
PACK_COVER = re.compile(
    # or a council's cover formula: "Notice of meeting and agenda The City of X Council ..."
    r"^(?:Public[ ]{1,3}Document[ ]{1,3}Pack|Notice[ ]of[ ]meeting[ ]and[ ]agenda)(?=[ ]{1,3}\S)",
    re.IGNORECASE,
)


def pack_cover(text: str) -> list[int]:
    """Where the text after a pack's cover line starts, when the line opens with it."""
    match = PACK_COVER.match(text)
    return [match.end()] if match else []


#: "EASTSHIRE POLICE AND CRIME PANEL Friday 4 May 2026": the meeting's title in capitals
#: ending in a body's word, then its day or date (a letterhead may stand before it)
TITLE_THEN_DATE = re.compile(
    r"(?<=\S )(?:[A-Z][A-Z&'’-]{0,30}[ ]{1,2}){1,8}"
    r"(?:PANEL|COMMITTEE|AUTHORITY|COUNCIL|BOARD|CABINET|FORUM|PARTNERSHIP|COMMISSION)"
    r"(?=[ ]{1,3}(?:" + WEEKDAY_NAME + r"|(?:MON|TUES|WEDNES|THURS|FRI|SATUR"
    r"|SUN)DAY|\d{1,2}(?:st|nd|rd|th)?[ ]{1,3}[A-Z])\b)"
)
#: How far into a flattened line its front sheet's title may stand
TITLE_REACH = 600
#: "1. APOLOGIES", "1. Apologies": the first item of an agenda whose other items the
#: excerpt (or the page) does not hold
FIRST_ITEM = re.compile(r"(?<!\S)1\.[ ]{1,3}(?=[A-Z])")


#: "Members are invited to attend ...", "You are hereby summoned to attend ...", "Notice is
#: hereby given ...": a front sheet's notice, after a sentence or a bracket (in capitals,
#: after any word)
NOTICE = re.compile(
    r"(?<=[.):;] )(?:(?:(?:All[ ]{1,3})?Members|You|Councillors)(?:[ ]{1,3}of[ ]{1,3}the"
    r"(?:[ ]{1,3}[A-Z][\w&'’-]{0,30}){1,6})?[ ]{1,3}are[ ]{1,3}(?:hereby[ ]{1,3})?(?:summons?ed"
    r"|requested|invited)[ ]{1,3}to[ ]{1,3}attend|Notice[ ]{1,3}is[ ]{1,3}(?:hereby[ ]{1,3})?given)"
    # "... 3 March 2031 NOTICE IS HEREBY GIVEN that ...": in capitals, a heading of its own
    r"|(?<=\S )NOTICE[ ]{1,3}IS[ ]{1,3}HEREBY[ ]{1,3}GIVEN\b"
)


def front_sheet_title(text: str) -> list[int]:
    """On a front sheet (see `front_fields`, `pack_cover`): where its title in capitals
    starts after the letterhead."""
    return [m.start() for m in TITLE_THEN_DATE.finditer(text, 0, TITLE_REACH)][:1]


def notices(text: str) -> list[int]:
    """Where a front sheet's notice of meeting starts after the sentence before it."""
    return [m.start() for m in NOTICE.finditer(text)][:1]


def lone_first_item(text: str) -> list[int]:
    """On a front sheet with no run of items: where its first item starts (the page, or
    the excerpt, ends after item 1)."""
    return [m.start() for m in FIRST_ITEM.finditer(text)][:1]
