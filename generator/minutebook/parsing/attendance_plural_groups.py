"""Members listed council by council, each group a plural title, its names, a dash and the
council, the groups run into one paragraph.

A joint panel's record may list those present by the council that appointed them:

    Councillors A.B. Reid and Mrs C. Moss - Fenby District Council Councillors D.
    Lowe and F. Pym - Ashby District Council Councillors G. Hale - Marsh Council

Read as one comma list, each council would run into the next group's first name ("Fenby
District Council Councillors D. Lowe"). Each group is cut where the next plural
title begins; its names (parted at "and" and commas, printed without the plural title, as
the list prints them) represent the council after its dash. `plural_title_groups`
returns None unless the run holds two such groups or more, each with a dash before its
council.
"""

from __future__ import annotations

import re

from .attendance_flattened import FlatMember
from .names import NameEntry, looks_like_a_person

#: where a group begins: the plural title ("Councillors", "Cllrs") at the run's start or
#: after a space
GROUP_START = re.compile(r"(?:^|(?<=\s))(?:Councillors|Cllrs\.?)\s+(?=[A-Z])")
#: a group: its names, a spaced dash, its council
GROUP = re.compile(r"^(?P<names>[^–—]{2,200}?)\s[-–—]\s(?P<body>[^-–—]{3,120}?)\s*[,;.]?$")
#: the joins between a group's names
JOIN = re.compile(r",\s*|\s+and\s+|\s*&\s*")
#: Fewest groups that make the layout
MIN_GROUPS = 2
#: Longest run read
LONGEST_RUN = 4000


def plural_title_groups(text: str) -> list[FlatMember] | None:
    """Each member of the groups in `text`, their council as capacity; None when the text
    is not laid out so."""
    if len(text) > LONGEST_RUN:
        return None
    starts = list(GROUP_START.finditer(text))
    if len(starts) < MIN_GROUPS or text[: starts[0].start()].strip():
        return None
    found: list[FlatMember] = []
    ends = [m.start() for m in starts[1:]] + [len(text)]
    for start, end in zip(starts, ends, strict=True):
        group = GROUP.match(text[start.end() : end].strip())
        if group is None:
            return None
        at = start.end()
        for name in JOIN.split(group["names"]):
            name = name.strip()
            if not name:
                continue
            if not looks_like_a_person(name):  # "A.B. Reid", "Mrs. C. Moss"
                return None
            offset = text.find(name, at)
            body = group["body"].strip()
            found.append(FlatMember(NameEntry(name, body, False, body, offset), False))
            at = max(at, offset)
    return found
