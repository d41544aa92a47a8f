"""An agenda flattened onto one line: its "AGENDA" heading over its numbered items.

An agenda's text layer may lose every line break: "EASTHOLM FIRE AUTHORITY ... MEMBERS
... AGENDA 12. Apologies for absence. 13. Minutes of the meeting held on ...". The
numbered items alone are one kind of marker (`flattened_lines` wants two kinds, so that
a report's long paragraph with a numbered list is left whole); the "AGENDA" heading in
capitals just before the first of them is the second: the line is an agenda's page.
"""

from __future__ import annotations

import re

#: "AGENDA" (or "Agenda", "Agenda Part I 10.30 am") as a word of its own
AGENDA_WORD = re.compile(r"(?<!\S)(?:AGENDA|Agenda)(?=\s)")
#: "AGENDA", or a Scottish notice's "BUSINESS", heading the run of items
ITEMS_HEADING = re.compile(r"(?<!\S)(?:AGENDA|Agenda|BUSINESS)(?=\s)")
#: How far before the first numbered item the heading may stand
MAX_GAP = 40
#: "AGENDA FOR LICENSING COMMITTEE – MAY 2031 Part One - Matters in ...": the agenda's
#: title in capitals, its notes on the parts between it and the items; it heads them from
#: any distance when they are `MIN_TITLED_ITEMS` or more (a report's prose prints no
#: "AGENDA FOR" in capitals)
AGENDA_TITLE = re.compile(r"(?<!\S)AGENDA[ ]{1,3}(?:FOR|OF)[ ]{1,3}(?:THE[ ]{1,3})?[A-Z]{2,}")
MIN_TITLED_ITEMS = 3


def agenda_heading(text: str, numbered: list[int]) -> list[int]:
    """Where "AGENDA" (a Scottish notice's "BUSINESS") heads the run of numbered items
    (`numbered`, their positions) of a flattened line, within `MAX_GAP` characters before
    the first; [] when it does not."""
    if not numbered:
        return []
    first = numbered[0]
    near = [
        m.start()
        for m in ITEMS_HEADING.finditer(text, max(0, first - MAX_GAP - 8), first)
        if first - m.end() <= MAX_GAP
    ]
    if near or len(numbered) < MIN_TITLED_ITEMS:
        return near
    return [m.start() for m in AGENDA_TITLE.finditer(text, 0, first)][:1]
