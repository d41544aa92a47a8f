"""Labels and rows inside an agenda's membership list that say who is not a member, or
that the rows below represent nothing printed.

Front sheets group a committee's members in ways a label-and-list reader misreads:

- under party headings alone on their line ("Conservative", "Labour (3)", "Liberal
  Democrat Group:"): a party is an affiliation, not what a member represents, so the
  members under it represent nothing printed, and the heading ends no list;
- with a named substitute beside each member, in a "Council | Member | Named Substitute"
  table flattened to tabs or runs of spaces: the council is what the member represents,
  and the substitute is no member;
- with the committee's substitutes or standing deputies after the members, under a
  label that may carry its names on the same line ("Standing Deputies: Councillors X and
  Y"): the list is over.

Each function returns None (or False) when a line is not in its form.
"""

from __future__ import annotations

import re

from ..vocabulary import STARTS_WITH_TITLE
from .names import names_an_organisation
from .text import plain

#: "Conservative", "Liberal Democrat Group", "Labour Members", "Independent Group": a
#: political group, which a member belongs to but does not represent on the body. A bare
#: "Independent" is a group; "Independent Member(s)" is a co-opted seat and is kept.
PARTY_GROUP = re.compile(
    r"^(?:(?:Conservatives?|Labour(?:\s+(?:and|&)\s+Co-operative)?|Liberal\s+Democrats?|Lib\s+Dems?|"
    r"Greens?|Green\s+Party|Plaid\s+Cymru|SNP|Scottish\s+National\s+Party|Reform(?:\s+UK)?|UKIP|"
    r"Alliance|Residents'?)(?:\s+(?:Group|Party|Councillors|Members))?(?:\s+(?:Group|Members))?)$"
    r"|^Independents?(?:\s+(?:Group|Party|Councillors))?$",
    re.IGNORECASE,
)


#: "Conservative (4)", "Labour Group:", "Liberal Democrat Members (2) -": a party's heading
#: alone on its line, with a count or a colon at most
PARTY_HEADING = re.compile(r"^(?P<party>[A-Za-z][\w'’& -]{1,50}?)\s*(?:\(\d{1,3}\))?\s*[:–—-]?$")


def party_heading(text: str) -> bool:
    """'Conservative', 'Labour (3)', 'Liberal Democrat Group:' alone on a line of a
    membership list: a party heading over its members, who represent nothing printed."""
    match = PARTY_HEADING.match(plain(text).strip())
    return match is not None and PARTY_GROUP.match(match["party"].strip()) is not None


#: "COUNTY COUNCILLORS (14)", "PATIENT AND PUBLIC INVOLVEMENT FORUM REPRESENTATIVES (5) –
#: Non Voting.": a kind of member in capitals and its count, over those members
KIND_HEADING = re.compile(
    # each word ends at a space (one way to part the line), the last perhaps glued on
    r"^(?:[A-Z][A-Z'’&,-]{1,30}\s{1,2}){0,6}(?:[A-Z]{2,30})?(?:COUNCILLORS|MEMBERS|REPRESENTATIVES)"
    r"\s{0,2}\(\d{1,3}\)(?:\s{0,2}[–—-]\s{0,2}[A-Za-z][\w -]{0,30}\.?)?$"
)


#: Longest kind heading read
MAX_KIND_HEADING = 160


def kind_heading(text: str) -> bool:
    """A counted kind of member in capitals alone on its line ("DISTRICT COUNCILLORS (5)",
    "COUNTYCOUNCILLORS (14)" glued): a group heading inside the list, which goes on."""
    text = plain(text).strip()
    return len(text) <= MAX_KIND_HEADING and KIND_HEADING.match(text) is not None


#: "Substitutes:", "Standing Deputies", "Named Substitute Members (4): Councillors A, B": a
#: label over a committee's substitutes, with their names after a colon or alone
SUBSTITUTES_WITH_NAMES = re.compile(
    r"^(?:named\s+|nominated\s+|standing\s+|permanent\s+)?"
    r"(?:substitutes?|reserves?|deputies|alternates?)"
    r"(?:\s+(?:members?|councillors))?\s*(?:\(\d{1,3}\))?\s*(?::|[–—-]\s|$)",
    re.IGNORECASE,
)


def substitutes_heading(text: str) -> bool:
    """'Standing Deputies', 'Substitutes: Councillors P Quinn and R Shaw' under the members:
    the substitutes who follow are no members, and the list is over."""
    return SUBSTITUTES_WITH_NAMES.match(plain(text).strip()) is not None


#: Cells of a table row flattened to tabs or to runs of three spaces or more
CELL_GAP = re.compile(r"\t+| {3,}")
#: A cell printed where a member has no named substitute
NO_SUBSTITUTE = re.compile(r"^(?:[-–—]|none|n/?a|vacan(?:cy|t)|tbc|to\s+be\s+confirmed)$", re.I)
#: The words of the heading row over such a table
SUBSTITUTE_COLUMN = re.compile(
    r"^(?:(?:named|nominated)\s+)?(?:substitute|deputy|reserve)s?(?:\s+members?)?$", re.I
)


#: "Independent Member", "Co-opted Independent Member": a kind of seat printed in the
#: council column for a member no council sends
KIND_OF_MEMBER = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}(?:Member|Representative)$")


def _seat(cell: str) -> bool:
    """A council column's cell: a council, or the kind of seat a co-optee fills."""
    return names_an_organisation(cell) or KIND_OF_MEMBER.match(cell) is not None


def council_member_substitute(text: str) -> list[tuple[str, str]] | None:
    """'Tarnby Borough Council<TAB>Cllr Jane Ashe<TAB>Cllr Tom Lea': a row of a "Council |
    Member | Named Substitute" table (or "Member | Council | Substitute"): the member as
    the cell prints them and the council they represent (the substitute is no member).
    None unless one of the first two cells names an organisation or a kind of seat, the
    other a titled person, and the third a titled person or no one."""
    cells = [plain(c).strip() for c in CELL_GAP.split(text.strip()) if c.strip()]
    if len(cells) != 3:
        return None
    council, member, substitute = cells
    if STARTS_WITH_TITLE.match(council) and not STARTS_WITH_TITLE.match(member):
        council, member = member, council  # "Member | Council | Substitute": member first
    if STARTS_WITH_TITLE.match(council) or not _seat(council):
        return None
    if not STARTS_WITH_TITLE.match(member):
        return None
    if not (STARTS_WITH_TITLE.match(substitute) or NO_SUBSTITUTE.match(substitute)):
        return None
    return [(member, council)]


def substitute_column_heading(text: str) -> bool:
    """'Council<TAB>Member<TAB>Named Substitute': the heading row over such a table (its
    last column the substitutes')."""
    cells = [plain(c).strip() for c in CELL_GAP.split(text.strip()) if c.strip()]
    return (
        len(cells) == 3
        and SUBSTITUTE_COLUMN.match(cells[2]) is not None
        and all(len(c.split()) <= 3 and not STARTS_WITH_TITLE.match(c) for c in cells[:2])
    )


#: "Chairman: Cllr Amy Bell", "Vice-Chair - Councillor C Dunn": an office, then who holds it
OFFICE_CELL = re.compile(
    r"^(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|woman|person)?\s*[:–—-]\s*(?P<name>\S.{2,80})$",
    re.IGNORECASE,
)


def office_cells(text: str) -> list[tuple[str, str]] | None:
    """'Chairman: Cllr Amy Bell<gap>Vice-Chairman: Cllr Carl Dunn': a front sheet's
    chair and vice-chair side by side, each cell an office and its titled holder, who
    represents nothing printed (an office is no body). None unless every cell is one."""
    cells = [plain(c).strip() for c in CELL_GAP.split(text.strip()) if c.strip()]
    if len(cells) < 2:
        return None
    rows = []
    for cell in cells:
        match = OFFICE_CELL.match(cell)
        if match is None or not STARTS_WITH_TITLE.match(match["name"]):
            return None
        rows.append((match["name"].strip(), ""))
    return rows


#: Words of a flattened heading row: whose column holds the member, the council, or a
#: named substitute
MEMBER_COLUMN = re.compile(r"^(?:members?|names?|councillors?)$", re.IGNORECASE)
COUNCIL_COLUMN = re.compile(
    r"^(?:(?:constituent\s+|appointing\s+)?(?:council|authority)|represent(?:s|ing)|"
    r"organisation)$",
    re.IGNORECASE,
)
#: Cells at most in such a table's row
STACKED_COLUMNS = 3
#: Rows at most read from such a table
STACKED_ROWS = 60
#: Rows at least of a table printed without its heading row: one name over one council
#: may be a member and a heading of the list below
UNHEADED_ROWS = 2


def _column_kinds(cells: list[str]) -> list[str] | None:
    """The kind of each column of a heading row ("member", "council", "substitute"), or
    None unless it has one member column, one council column and the rest substitutes."""
    kinds = []
    for cell in cells:
        if MEMBER_COLUMN.match(cell):
            kinds.append("member")
        elif COUNCIL_COLUMN.match(cell):
            kinds.append("council")
        elif SUBSTITUTE_COLUMN.match(cell):
            kinds.append("substitute")
        else:
            return None
    if kinds.count("member") != 1 or kinds.count("council") != 1:
        return None
    return kinds


def stacked_cells(texts: list[str]) -> tuple[int, list[tuple[int, str, str]]] | None:
    """A "Member | Council" or "Council | Member | Named Substitute" table converted one
    cell per line: the heading's cells, then each row's, in turn (blank lines passed
    over). Given the lines after a membership heading, how many lines the table took and
    each member (the index of their line, their name, their council); the substitutes are
    no members. Without a heading row, a titled member over their council at least twice.
    None unless the lines open with such a table."""
    filled = [(k, plain(t).strip()) for k, t in enumerate(texts) if t.strip()]
    for width in range(STACKED_COLUMNS, 1, -1):
        kinds = _column_kinds([cell for _, cell in filled[:width]])
        if kinds is not None:
            first, end = width, filled[width - 1][0] + 1
            break
    else:  # no heading row printed: a titled member, then their council, in turn
        kinds, width, first, end = ["member", "council"], 2, 0, 0
    rows: list[tuple[int, str, str]] = []
    for start in range(first, min(len(filled), first + width * STACKED_ROWS), width):
        group = filled[start : start + width]
        if len(group) < width:
            break
        cells = dict(zip(kinds, group, strict=True))
        at, member = cells["member"]
        council = cells["council"][1]
        if not STARTS_WITH_TITLE.match(member) or STARTS_WITH_TITLE.match(council):
            break
        if not _seat(council):
            break
        if "substitute" in cells and not (
            STARTS_WITH_TITLE.match(cells["substitute"][1])
            or NO_SUBSTITUTE.match(cells["substitute"][1])
        ):
            break
        rows.append((at, member, council))
        end = group[-1][0] + 1
    if not rows or (not first and len(rows) < UNHEADED_ROWS):
        return None
    return end, rows


def opens_with_offices(text: str, following: str) -> bool:
    """'Chairman: Cllr Amy Bell' over 'Vice-Chairman: Cllr Carl Dunn' (or both on one line)
    with no "Membership" heading: a front sheet's list of members opening with the chair
    and vice-chair, each an office and its titled holder."""
    if office_cells(text) is not None:
        return True
    pair = [OFFICE_CELL.match(plain(t).strip()) for t in (text, following)]
    return all(m is not None and STARTS_WITH_TITLE.match(m["name"]) for m in pair)


#: "Co-opted  Mr T Haslett (West": a label's first word beside a titled member, when the
#: label's column is too narrow for it and its last word ("Member:") is on the line below
LABEL_HEAD = re.compile(
    r"^(?P<head>[A-Z][\w'’-]{1,20})\s{1,8}"
    r"(?P<member>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof)\.?\s\S.{0,150})$"
)
#: "Member:  Severn Police Authority)": the label's last word and its colon, then the rest
#: of the member's line
LABEL_TAIL = re.compile(
    r"^(?P<tail>(?:Member|Members|Representative|Representatives):)(?:\s+(?P<rest>\S.{0,150}))?$"
)


def label_broken_beside(text: str, following: str) -> str | None:
    """'Co-opted Mr T Haslett (West Severn' over 'Member:  Police Authority)': a label
    broken over two lines in its narrow column beside the member's line, which wraps
    beside it; the row as it reads whole ("Co-opted Member: Mr T Haslett (West Severn
    Police Authority)"), or None when the two lines are not so."""
    head = LABEL_HEAD.match(plain(text).strip())
    tail = LABEL_TAIL.match(plain(following).strip()) if head else None
    if head is None or tail is None or STARTS_WITH_TITLE.match(head["head"]):
        return None
    rest = f" {tail['rest']}" if tail["rest"] else ""
    return f"{head['head']} {tail['tail']} {head['member']}{rest}"
