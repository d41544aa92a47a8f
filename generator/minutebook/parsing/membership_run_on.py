"""A panel's members written as one run-on sentence after "Members:" on an agenda.

Some joint panels' front sheets (a police and crime panel hosted by one council) print
the membership as prose rather than a list: the chair and vice-chair first, each with
their office after a comma, then "Councillors" and the rest as surnames with their
council in brackets, joined by commas and a final "and", then a group label and the
co-opted members with the area they stand for in brackets:

    Members: Councillor Ash, Chair. Councillor Birch, Vice-Chair. Councillors Cole
    (Eastby Council), Dale (Westby District Council) and Vacancy (Northby).
    Independent Members: Ann Elm (Southshire) and Bob Fir (Upshire).

Each entry is read as a name (a title if any and at most two capitalised words) with its
bracket, its office or both; an empty bracket gives no council. "Vacancy" and "Vacant"
hold a seat but are no member. The list ends at the first entry that has neither a
bracket nor an office (the sentence after it: "Members are invited to attend ...").
"""

from __future__ import annotations

import re

from ..model import Line, MembershipFacts
from .text import plain

#: "Members:" opening the sentence (not "Independent Members:", read as a group inside it)
LABEL = re.compile(r"(?<![\w-])(?<!Independent )Members:\s")
#: One entry: an optional joint ("and", "Councillors", a group label "Independent
#: Members:"), a name, its bracket, its office, and the comma or full stop after it
ENTRY = re.compile(
    r"\s{0,3}(?:(?:and|Councillors|(?:[A-Z][\w-]{1,20}\s)?Members:)\s{1,3})?"
    r"(?P<name>(?:(?:Councillor|Cllr|Mrs|Mr|Ms|Miss|Dr)\.?\s)?"
    r"[A-Z][\w'’-]{1,25}(?:\s[A-Z][\w'’-]{1,25})?)"
    r"(?:\s{0,2}\((?P<rep>[^()]{0,80})\))?"
    r"(?P<office>,?\s{1,2}(?:Vice[- ])?Chair(?:man|person)?\b)?"
    r"\s{0,2}[.,]?"
)
#: A seat printed with no member in it
VACANT = frozenset({"Vacancy", "Vacant"})
#: Characters read after the label at most, and the fewest entries that make a list
MAX_CHARS = 2500
MIN_ENTRIES = 3


def run_on_members(line: Line) -> list[MembershipFacts] | None:
    """The members of a run-on "Members: Councillor X, Chair. Councillors A (B Council),
    ..." sentence in the line; None when it holds none or fewer than `MIN_ENTRIES`."""
    text = plain(line.text)
    label = LABEL.search(text)
    if label is None:
        return None
    rest = text[label.end() : label.end() + MAX_CHARS]
    found: list[MembershipFacts] = []
    at, entries = 0, 0
    while at < len(rest):
        entry = ENTRY.match(rest, at)
        if entry is None or entry.end() == at:
            break
        if entry["rep"] is None and entry["office"] is None:
            break  # "Members are invited ...": the sentence after the list
        entries += 1
        at = entry.end()
        if entry["name"] in VACANT:
            continue
        represents = (entry["rep"] or "").strip()
        found.append(MembershipFacts(entry["name"], represents, line.number))
    return found if entries >= MIN_ENTRIES else None
