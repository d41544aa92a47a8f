"""Guests listed together and the body they came from printed once, after a comma.

Lists of those also present or in attendance name two or more guests from one firm or
body together and print the body once, after the last of them:

    Also present: Mr A Reid and Ms B Moss, Audit Scotland
    In attendance: Mr C Lowe, Ms D Pym and Mr E Hale, Grant Thornton

Split at its commas the last piece looks like one more name. It is no one's: every
other piece is a titled person with no capacity, the last is untitled, and the people
end in "and" before it. It is what they all came as, their capacity.
"""

from __future__ import annotations

import dataclasses
import re

from ..vocabulary import STARTS_WITH_TITLE
from .names import NameEntry

#: the people joined by "and" (or "&") before the body
JOINED = re.compile(r"\s(?:and|&)\s")
#: most words a body's name printed after the people has
MAX_BODY_WORDS = 6


def shared_trailing_body(entries: list[NameEntry], text: str) -> list[NameEntry]:
    """The entries with an untitled last piece after "X and Y," made the capacity of the
    titled people before it; the entries unchanged when the list is not so."""
    if len(entries) < 3:
        return entries
    *people, last = entries
    body = last.as_written.strip()
    if STARTS_WITH_TITLE.match(body) or last.capacity or len(body.split()) > MAX_BODY_WORDS:
        return entries
    if not all(STARTS_WITH_TITLE.match(p.as_written) and not p.capacity for p in people):
        return entries
    before_last = text[people[-1].start : last.start]
    joined = text[people[-2].start : people[-1].start]
    if "," not in before_last or JOINED.search(before_last) or not JOINED.search(joined):
        return entries
    return [dataclasses.replace(p, capacity=body) for p in people]


#: " of The Highland Council", " of Wyke Borough Council": the body after the last name
OF_BODY = re.compile(
    r"\sof\s(?P<body>(?:the\s|The\s)?[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,5}"
    r"\s(?:Council|Authority|Board|Police|Constabulary|Service))$"
)


def shared_body_after_of(entries: list[NameEntry]) -> list[NameEntry]:
    """'Mrs A Reid, Mr B Moss and Mr C Lowe of Wyke Council': the body after "of" on the
    last name is what every titled name of the list, none with a capacity, came from;
    the entries unchanged when the list is not so."""
    if len(entries) < 2:
        return entries
    found = OF_BODY.search(entries[-1].as_written)
    if found is None or any(e.capacity for e in entries):
        return entries
    last = dataclasses.replace(entries[-1], as_written=entries[-1].as_written[: found.start()])
    people = [*entries[:-1], last]
    if not all(STARTS_WITH_TITLE.match(p.as_written) for p in people):
        return entries
    return [dataclasses.replace(p, capacity=found["body"]) for p in people]
