"""Item numbers with no stop glued to their titles: "01Apologies for Absence.".

A committee system's agenda page prints its items as a table of two columns, the item's
number (often padded with a zero, "01", "02") and its title. A conversion that drops the
gap between the cells glues them: "01Apologies for Absence.", "02Order of Business". Such
a number has no stop to tell it from a figure opening a line of text, so a line is mended
only inside a run: at least three lines so glued whose numbers rise by one, other lines
between them allowed. The space is put back, each line keeping its number.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: "01Apologies", "4MINUTES": a number of one or two figures, then a capitalised word
GLUED = re.compile(r"^(?P<number>\d{1,2})(?=[A-Z][a-z]|[A-Z]{2,}\b)")
#: Fewest glued lines, numbered one after another, read as a run of items
MIN_RUN = 3


def space_after_stopless_numbers(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with each run of glued item numbers given back its space ("01
    Apologies for Absence."); the lines as they are when there is no run."""
    glued = [(n, int(m["number"])) for n, line in enumerate(lines) if (m := GLUED.match(line.text))]
    mended: set[int] = set()
    run: list[int] = []
    last = -1
    for index, number in glued:
        if run and number != last + 1:
            mended.update(run if len(run) >= MIN_RUN else ())
            run = []
        run.append(index)
        last = number
    mended.update(run if len(run) >= MIN_RUN else ())
    if not mended:
        return lines, []
    return [
        Line(line.number, GLUED.sub(r"\g<number> ", line.text, count=1)) if n in mended else line
        for n, line in enumerate(lines)
    ], []
