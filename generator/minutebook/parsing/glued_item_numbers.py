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


#: "... when it is proposed to transact the following business:1.": a summons's sentence,
#: its colon, then the first item's number (and perhaps its title) glued on
NUMBER_AFTER_COLON = re.compile(
    r"^(?P<sentence>(?:\S+\s+){3,}\S*:)(?P<item>1[.)](?:\s+\S.{0,300})?)$"
)


def split_number_after_colon(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with the first item's number that a summons's closing colon glued to the
    end of its sentence ("... the following business:1.") put on a line of its own under
    it, with the same number; the lines as they are when none is so glued."""
    out: list[Line] = []
    for line in lines:
        match = NUMBER_AFTER_COLON.match(line.text.strip())
        if match is None:
            out.append(line)
            continue
        out.append(Line(line.number, match["sentence"]))
        out.append(Line(line.number, match["item"]))
    return out, []
