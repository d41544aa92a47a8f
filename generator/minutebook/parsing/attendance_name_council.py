"""A member and the council they sit for, one a line, the table's column lost.

A fire and rescue authority, a joint committee or a national park authority lists its
members as a table of two columns, "Councillor | Council", and the conversion prints
each row as one line with nothing between the name and the council:

    Councillor
    A Reid (Chair) Wyke County Borough Council
    B Moss Hexton County Council
    M Ll Pryce Fenmoor Council

The council is what the member sits as (their capacity), so each such row is rewritten
"A Reid (Chair) (Wyke County Borough Council)", the form the list reader gives a council
after a name. A row is a name of initials and a surname (with an optional title and
bracket), then a council's name: capitalised words ending "Council". A lone
"Councillor" over such rows is the column's header, not part of the first name, so it
is blanked.

A web page's table may keep a gap of two spaces or more between the cells instead, the
name then in full: "Ann Kerr  Wyke Borough Council", "Ben Lamb  Independent Member".
Such a row is rewritten the same way when what follows the gap names a body or a seat
(its last word "Council", "Authority", "Member", ...) and what precedes it is a person's
name (`gap_row`).
"""

from __future__ import annotations

import re

from ..model import Line
from .names import looks_like_a_person

#: initials (a Welsh digraph among them: "M Ll Davies"), a surname, an optional bracket,
#: then the council: "P Reid (Chair) Wyke County Borough Council"
NAME_THEN_COUNCIL = re.compile(
    r"^(?P<name>(?:(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+)?"
    r"(?:(?:[A-Z]|Ll|Ch|Dd|Ff|Rh|Th)\.?\s+){1,3}[A-Z][\w'’-]{1,30})"
    r"(?P<bracket>\s+\([^()]{1,40}\))?"
    r"\s+(?P<council>(?:[A-Z][\w'’&.-]*\s){1,6}Council)"
    # "... Wyke Council (Vice-Chair)": an office printed after the council
    r"(?P<after>\s+\([^()]{1,40}\))?\s*$"
)
#: "Ann Kerr  Wyke Borough Council": a name in full, a gap of two spaces or more, then
#: capitalised words ending with a body's or a seat's word
GAP_ROW = re.compile(
    r"^(?!(?:The|This|That|These|Those|All|No|Our)\s)"
    r"(?P<name>[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,3}) {2,}"
    r"(?P<body>[A-Z][\w'’&.-]{0,30}(?:\s[A-Za-z][\w'’&.-]{0,30}){0,7}\s"
    r"(?:Council|Authority|Member|Commissioner|Police|Service|Trust|Panel|Board))$"
)
#: a column's header over the names: the title alone
TITLE_HEADER = re.compile(r"^(?:Councillors?|Cllrs?\.?)\s*$")


def name_then_council(text: str) -> str | None:
    """'B Moss Hexton County Council' rewritten 'B Moss (Hexton County Council)'; None for
    any other line."""
    if len(text) > 160:
        return None
    match = NAME_THEN_COUNCIL.match(text.strip())
    if match is None:
        return None
    after = match["after"] or ""
    return f"{match['name']}{match['bracket'] or ''} ({match['council']}){after}"


def gap_row(text: str) -> str | None:
    """'Ann Kerr  Wyke Borough Council' rewritten 'Ann Kerr (Wyke Borough Council)'; None
    for any other line."""
    match = GAP_ROW.match(text.strip()) if len(text) <= 160 else None
    if match is None or not looks_like_a_person(match["name"]):
        return None
    return f"{match['name']} ({match['body']})"


def name_council_rows(lines: list[Line]) -> list[Line]:
    """The lines with each "name council" row bracketed, and the lone "Councillor" header
    over a run of them blanked; the lines as they are when no row is found."""
    out = list(lines)
    header: int | None = None
    for n, line in enumerate(lines):
        text = line.text.strip()
        if TITLE_HEADER.match(text):
            header = n
            continue
        rewritten = name_then_council(text) or gap_row(line.text)
        if rewritten is None:
            if text:
                header = None
            continue
        out[n] = Line(line.number, rewritten)
        if header is not None:
            out[header] = Line(lines[header].number, "")
            header = None
    return out
