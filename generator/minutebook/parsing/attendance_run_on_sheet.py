"""A front sheet's attendance flattened onto one line with the minutes after it.

Some converted papers (a web copy of an old PDF) print the whole front sheet on one line:
the label, the members, the kinds of member heading their names, the officers' label,
the officers in groups each closed by the bracketed office they serve, then the first
numbered minute:

    PRESENT: Councillor A Reid, Councillor B Moss and Councillor C Lowe Magistrate
    Members Mr D Hart JP and Mr E Dunn JP OFFICIALS : Mr F Gill and Mrs G Hale (CE)
    Mr H Iqbal and Miss J Kerr (CC) 12 APOLOGIES FOR ABSENCE Apologies were ...

`run_on_sheet` cuts such a line into the lines it was printed as (all keeping the line's
number): before a kind of member ("Magistrate Members", given a colon as the heading it
is), before a label in capitals ("OFFICIALS :"), after a bracket closing a group when a
titled name follows, and before a numbered heading in capitals (the minutes). A group
closed by one bracket ("Mr F Gill and Mrs G Hale (CE)") gives the bracket to each name.
Only a line opening with a label and long enough to hold a sheet is cut.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import TITLE

#: A line long enough to be a whole front sheet
SHEET = 240
LONGEST = 6000
#: "PRESENT:", "Present -": a label opening the line
OPENING_LABEL = re.compile(r"^(?:members\s+)?present\s*(?::|[-–])\s", re.IGNORECASE)
#: " Magistrate Members Mr": a kind of member heading the names after it
KIND = re.compile(r"\s(?P<kind>[A-Z][a-z-]{2,20}\sMembers)\s+(?=[A-Z])")
#: " OFFICIALS : ", " IN ATTENDANCE: ": a label in capitals
CAPS_LABEL = re.compile(r"\s(?P<label>[A-Z]{4,}(?:\s[A-Z]{2,}){0,2})\s?:\s")
#: ") Mr": a bracket closing a group, a titled name after it
GROUP_END = re.compile(rf"\)\s+(?={TITLE}\s)")
#: " 123 APOLOGIES FOR ABSENCE": a numbered minute's heading in capitals
MINUTE = re.compile(r"\s(?=\d{1,4}\s+[A-Z]{3,}(?:\s[A-Z&]{2,}){0,8}\s)")
#: "Mr F Gill and Mrs G Hale (CE)": titled names, one bracket after the last
SHARED = re.compile(
    rf"^(?P<names>{TITLE}\s[^(),]{{2,60}}(?:(?:,\s|\s(?:and|&)\s){TITLE}\s[^(),]{{2,60}}){{1,9}})"
    r"\s\((?P<note>[^()]{1,40})\)$"
)
#: "OFFICIALS: " before the group
LABEL_BEFORE = re.compile(r"^[A-Z][\w ]{2,40}:\s")
NAMES_SPLIT = re.compile(r",\s|\s(?:and|&)\s")


def _shared(piece: str) -> str:
    """'Mr F Gill and Mrs G Hale (CE)': 'Mr F Gill (CE), Mrs G Hale (CE)'."""
    label = LABEL_BEFORE.match(piece)
    at = label.end() if label else 0
    match = SHARED.match(piece[at:].strip())
    if match is None:
        return piece
    names = NAMES_SPLIT.split(match["names"])
    return piece[:at] + ", ".join(f"{name.strip()} ({match['note']})" for name in names)


def _cut(text: str) -> list[str]:
    """The line's pieces, each as printed on a line of its own."""
    minute = MINUTE.search(text)
    head, tail = (text[: minute.start()], text[minute.start() :]) if minute else (text, "")
    head = KIND.sub(lambda m: f"\n{m['kind']}: ", head)
    head = CAPS_LABEL.sub(lambda m: f"\n{m['label']}: ", head)
    head = GROUP_END.sub(")\n", head)
    pieces = [_shared(p.strip()) for p in head.split("\n") if p.strip()]
    return [*pieces, *([tail.strip()] if tail.strip() else [])]


def run_on_sheet(lines: list[Line]) -> list[Line]:
    """The lines with each flattened front sheet cut into the lines it was printed as."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if not SHEET <= len(text) <= LONGEST or not OPENING_LABEL.match(text):
            out.append(line)
            continue
        pieces = _cut(text)
        if len(pieces) < 3:  # a long list, not a sheet
            out.append(line)
            continue
        out.extend(Line(line.number, piece) for piece in pieces)
    return out
