"""A joint body's membership as a table whose columns the conversion parted by spaces.

A joint committee's agenda prints its members in a table with a heading row: the council
each member sits for, the member, and often the member's named substitute:

    Council                        Member                   Named Substitute
    Downland County Council        Cllr A Reid              Cllr B Moss
                                   (Chair)
    Stourbridge Downs District     Cllr C Lowe              Cllr D Pym
    Council

Each row is one member, representing the council in its row; a council's name wrapped
onto the next line (with no member beside it) goes on; an office in brackets under the
member is no member. Named substitutes are not members of the body and give no fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line, MembershipFacts
from .text import plain

#: a cell: text with single spaces inside, parted from the next by COLUMN_GAP or more
CELL = re.compile(r"\S(?:\S| (?=\S)){0,200}")
COLUMN_GAP = 3
#: characters a cell may start left of its column's heading and still be in that column
COLUMN_SLACK = 2
#: the heading of the column saying what a member represents
REPRESENTS_HEADINGS = frozenset(
    {
        "council",
        "authority",
        "constituent authority",
        "constituent council",
        "organisation",
        "appointed by",
    }
)
#: the heading of the members' column
MEMBER_HEADINGS = frozenset({"member", "members", "name", "councillor", "representative"})
#: the heading of a column of people who are no members: substitutes, deputies
OTHER_HEADING = re.compile(r"(?i)^(?:named\s+)?(?:substitutes?|deputy|deputies|alternates?)")
#: "(Chair)" alone under its member: the office
BRACKET_ALONE = re.compile(r"\([^()]{1,40}\)")
MAX_ROWS = 60

#: reads one member's cell: the names and what their brackets say they represent
NameReader = Callable[[str], list[tuple[str, str]] | None]


def cells(raw: str) -> list[tuple[int, str]]:
    """The cells of a line printed in columns, with the column each starts at; a run of
    fewer than COLUMN_GAP spaces is inside a cell ("Councillor Hugh Aldous (Chair)").
    Membership's other column layouts read their lines with it too."""
    found: list[tuple[int, str]] = []
    for match in CELL.finditer(raw[:400]):
        at, text = match.start(), match.group()
        if found and at - (found[-1][0] + len(found[-1][1])) < COLUMN_GAP:
            found[-1] = (found[-1][0], raw[found[-1][0] : match.end()])
        else:
            found.append((at, text))
    return found


def heading_columns(raw: str) -> tuple[int, int] | None:
    """Where the represents and the member columns start, when a line is such a table's
    heading row ("Council<gap>Member<gap>Named Substitute"); else None."""
    row = cells(raw)
    kinds = [plain(c).strip(" :").lower() for _, c in row]
    if len(row) < 2 or any(
        k not in REPRESENTS_HEADINGS and k not in MEMBER_HEADINGS and not OTHER_HEADING.match(k)
        for k in kinds
    ):
        return None
    council = [at for (at, _), k in zip(row, kinds, strict=True) if k in REPRESENTS_HEADINGS]
    member = [at for (at, _), k in zip(row, kinds, strict=True) if k in MEMBER_HEADINGS]
    if len(council) != 1 or len(member) != 1:
        return None
    return council[0], member[0]


def _column(at: int, starts: list[int]) -> int:
    """The start of the column a cell at `at` is in (the last starting at or left of it)."""
    left = [s for s in starts if s <= at + COLUMN_SLACK]
    return left[-1] if left else -1


def council_member_table(
    lines: list[Line], n: int, read_name: NameReader
) -> list[MembershipFacts] | None:
    """The members of such a table whose heading row is line n (or the first line with
    text after it); `read_name` reads one member's cell as membership's name lists do.
    None when there is no heading row there, or no row below reads."""
    k = next((j for j in range(n, min(n + 3, len(lines))) if lines[j].text.strip()), None)
    columns = heading_columns(lines[k].text) if k is not None else None
    if k is None or columns is None:
        return None
    council, member = columns
    starts = sorted(at for at, _ in cells(lines[k].text))
    found: list[MembershipFacts] = []
    last: int | None = None  # the index of the last line the last member took
    taken = 0  # lines under its row the last member's wrapped bracket took
    for j in range(k + 1, min(len(lines), k + 1 + MAX_ROWS)):
        if last is not None and j <= last:
            continue  # the end of a bracket wrapped under the member above, already read
        row = {_column(at, starts): c.strip() for at, c in cells(lines[j].text)}
        if not row:
            if found:
                break
            continue
        name = row.get(member)
        if name is None and council in row and found and last == j - 1:
            found[-1].represents = f"{found[-1].represents} {plain(row[council])}".strip()
            continue  # the council's name wrapped onto the line below the member's
        if name is None or BRACKET_ALONE.fullmatch(name):
            continue  # an office under its member, a substitute's wrapped cell
        name, taken = _office_wrapped(name, lines, j + 1, member, starts)
        names = read_name(name)
        if not names or len(names) != 1:
            return found or None
        person, bracket = names[0]
        found.append(
            MembershipFacts(person, bracket or plain(row.get(council, "")), lines[j].number)
        )
        last = j + taken
    return found or None


def _office_wrapped(
    name: str, lines: list[Line], k: int, member: int, starts: list[int]
) -> tuple[str, int]:
    """The member's cell with the end of its bracket when the bracket wrapped onto the
    next line's member cell ("Cllr E Bevan (Deputy" / "Chairman)"), and how many lines
    that took (0 or 1)."""
    if name.count("(") <= name.count(")") or k >= len(lines):
        return name, 0
    below = {_column(at, starts): c.strip() for at, c in cells(lines[k].text)}
    rest = below.get(member)
    if rest is None or not rest.endswith(")") or "(" in rest or len(below) != 1:
        return name, 0
    return f"{name} {rest}", 1
