"""Each member's council printed after "of" inside one apologies sentence.

Joint boards' minutes (a fire, police or valuation board that councils send members to)
say whose apologies came in one sentence, each name or pair of names followed by the
council that sent them:

    Apologies were received on behalf of Mr A Reid and Mr B Moss of Wyke Council,
    Mrs C Lowe of Fenby Islands Council and Ms D Pym of Comhairle na Mara.

Split at its commas and "and" the entries read "Mr B Moss of Wyke Council" as one name.
The body after "of" is the capacity of the titled name before it, and of the names joined
to that one by "and" with no body of their own ("Mr A Reid" above); a leading "the" is
left out (a capacity in lower case reads as a reason for absence). It needs two names so
written: a list with only the last name so written is left to
`attendance_shared_tail.shared_body_after_of` (the body is then everyone's).
"""

from __future__ import annotations

import dataclasses
import re

from ..vocabulary import STARTS_WITH_TITLE
from .names import NameEntry

#: " of the Wyke Council", " of Comhairle na Mara": a body's capitalised words (small
#: joining words between them) ending the entry
OF_BODY = re.compile(
    r"\sof\s(?P<body>(?:the\s|The\s)?[A-Z][\w'’&-]{1,30}"
    r"(?:\s(?:[A-Z][\w'’&-]{0,30}|and|&|of|the|upon|on|nan|na|an|y|a)){0,7})$"
)
#: The joint between two entries that share a body: "and" or "&" with no comma
AND_ONLY = re.compile(r"^[^,;]{0,120}?\s(?:and|&)\s[^,;]{0,5}$")
#: Most words a titled name before "of" has ("Councillor Mrs A B de Reid")
MAX_NAME_WORDS = 7


def _body_of(entry: NameEntry) -> tuple[str, str] | None:
    """(name, body) of an entry "Mr A Reid of Wyke Council"; None for any other."""
    if entry.capacity:
        return None
    found = OF_BODY.search(entry.as_written)
    if found is None:
        return None
    name = entry.as_written[: found.start()].strip()
    if not STARTS_WITH_TITLE.match(name) or not 2 <= len(name.split()) <= MAX_NAME_WORDS:
        return None
    return name, found["body"].removeprefix("the ").removeprefix("The ")


def bodies_after_each_of(entries: list[NameEntry], text: str) -> list[NameEntry]:
    """The entries with each "X of Body" read as the name X with the capacity Body, which
    the names with no capacity joined to X by "and" before it share; the entries
    unchanged when fewer than two are so written or a bracket already gives a capacity."""
    read = [_body_of(e) for e in entries]
    if sum(1 for r in read if r) < 2 or any(e.capacity for e in entries):
        return entries
    if not all(STARTS_WITH_TITLE.match(e.as_written) for e in entries):
        return entries
    out = list(entries)
    body: str | None = None
    for k in range(len(entries) - 1, -1, -1):
        pair = read[k]
        if pair is not None:
            body = pair[1]
            out[k] = dataclasses.replace(entries[k], as_written=pair[0], capacity=body)
            continue
        joint = text[entries[k].start : entries[k + 1].start] if k + 1 < len(entries) else ""
        if body is not None and AND_ONLY.match(joint):
            out[k] = dataclasses.replace(entries[k], capacity=body)
        else:
            body = None
    return out
