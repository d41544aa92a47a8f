"""A commissioning group's own body, named by the group's banner printed above its title.

An NHS clinical commissioning group prints its name as a banner and, on the line under it,
the body that met: its "Governing Body", its "Primary Care Commissioning Committee":

    NHS FENBY CLINICAL COMMISSIONING GROUP
    GOVERNING BODY
    Minutes of meeting held on TUESDAY 3RD MAY 2016 2pm

The heading alone is every group's governing body, and the banner names no council or
authority a letterhead reader knows; the body is the group's: "NHS Fenby Clinical
Commissioning Group Governing Body". A heading that is not directly under the banner, or a
banner that is not a group's name alone, leaves the body as printed.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..model import Line
from .text import plain, title_case

#: "NHS FENBY CLINICAL COMMISSIONING GROUP", "Fenby and Ashmoor CCG": the group's name alone
BANNER = re.compile(
    r"(?:NHS\s+)?[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z&][A-Za-z'’.-]*){0,8}?\s+"
    r"(?:clinical\s+commissioning\s+group|CCG)",
    re.IGNORECASE,
)
#: a group's name already in the heading: it needs no banner
NAMES_GROUP = re.compile(r"\b(?:commissioning\s+group|CCG)\b", re.IGNORECASE)
#: Non-blank lines above the opening searched for the banner and the heading under it
REACH = 12
#: Longest heading joined to a banner; a body's name is never longer
MAX_HEADING = 80
#: initials a capitals name keeps when it is set in title case
INITIALS = re.compile(r"\b(?:Nhs|Ccg)\b")


def group_body(body: str, lines: list[Line], before: int) -> str | None:
    """'<group> <body>' when the body is the heading printed directly under a commissioning
    group's banner among the first lines above line `before`; else None."""
    wanted = body.strip().casefold()
    if not wanted or len(wanted) > MAX_HEADING or NAMES_GROUP.search(body):
        return None
    texts = [t for ln in lines if ln.number < before and (t := plain(ln.text).strip())]
    for banner, heading in pairwise(texts[:REACH]):
        if heading.casefold() == wanted and BANNER.fullmatch(banner):
            joined = f"{banner} {heading}"
            named = title_case(joined) if joined.isupper() else joined
            return INITIALS.sub(lambda m: m.group(0).upper(), named)
    return None
