"""Members run together in one sentence, each with the council that sent them unbracketed.

A combined authority or a joint committee lists those present in one run, each member's
council printed straight after the name with neither bracket nor comma between them:

    Present: Councillor A Reid Wyke District Council, Councillor B Moss Hexton City
    Council (to 11.05am), Councillor C Dunn OBE Fenshire County Council and D Van de
    Hale East Fenshire District Council

Read as it is, each council is taken for more of the member's name. The council is what
the member sits as (their capacity), so each entry of a title or initials, a surname (a
capitalised particle joining it, "Van de"), an honour, then capitalised words ending
"Council" is rewritten "Councillor A Reid (Wyke District Council)", the form the list
reader gives a council after a name. A line is rewritten only when `MIN_ENTRIES` of its
entries read so, so a council named once in a sentence is left alone.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import HONOUR

#: a capitalised or lower-case particle joining a surname to the word after it
PARTICLE = r"(?:St\.?|De|de|Du|du|Da|da|Di|Le|La|Van|van|Von|von)"
#: one entry: title, initials, surname (its particles), honours, then the council, and a
#: bracket after it ("(to 11.05am)")
ENTRY = re.compile(
    r"^(?P<lead>\s*(?:and\s+)?)"
    r"(?P<name>(?:(?:Councillor|Cllr\.?|Mayor|Mr|Mrs|Ms|Miss|Dr)\s+)?"
    r"(?:[A-Z]\.?\s+){1,3}(?:" + PARTICLE + r"\s+){0,2}[A-Z][\w'’-]{1,30}"
    r"(?:\s+" + HONOUR + r")*)"
    r"\s+(?P<council>(?:[A-Z][\w'’&.-]{0,30}\s+){1,6}Council)"
    r"(?P<after>\s*\([^()]{1,60}\))?\s*$"
)
#: the pieces a run is cut into: commas, and an "and" before the last entry
SEPARATOR = re.compile(r",|\s(?=and\s)")
#: the fewest entries read so that mark the layout
MIN_ENTRIES = 2
#: a label before the run ("Present:"), kept as it is
LABEL = re.compile(r"^[^:]{1,40}:\s*")


def council_run(text: str) -> str | None:
    """The line with each "name council" entry rewritten "name (council)"; None when
    fewer than `MIN_ENTRIES` entries read so."""
    if len(text) > 2000:
        return None
    label = LABEL.match(text)
    head = label.group() if label else ""
    pieces = SEPARATOR.split(text[len(head) :])
    rewritten: list[str] = []
    count = 0
    for piece in pieces:
        match = ENTRY.match(piece)
        if match is None:
            rewritten.append(piece)
            continue
        count += 1
        after = match["after"] or ""
        rewritten.append(f"{match['lead']}{match['name']}{after} ({match['council']})")
    if count < MIN_ENTRIES:
        return None
    separators = [m.group() for m in SEPARATOR.finditer(text[len(head) :])]
    joined = rewritten[0]
    for separator, piece in zip(separators, rewritten[1:], strict=True):
        joined += separator + piece
    return head + joined


def council_runs(lines: list[Line]) -> list[Line]:
    """The lines with each run of members and their councils bracketed (`council_run`)."""
    return [Line(line.number, council_run(line.text) or line.text) for line in lines]
