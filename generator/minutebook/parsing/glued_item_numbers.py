"""Item numbers with no stop glued to their titles: "01Apologies for Absence.".

A committee system's agenda page prints its items as a table of two columns, the item's
number (often padded with a zero, "01", "02") and its title. A conversion that drops the
gap between the cells glues them: "01Apologies for Absence.", "02Order of Business". Such
a number has no stop to tell it from a figure opening a line of text, so a line is mended
only inside a run: at least three lines so glued whose numbers rise by one, other lines
between them allowed. The space is put back, each line keeping its number.

A town council numbering its minutes within the meeting ("412/01", "412/02": the
meeting's number, then the minute's) loses the gap the same way, and a heading in
capitals may lose the one before its text too ("412/01APOLOGIESThere were none"): in a
run of such codes, one meeting's, rising by one, both spaces are put back.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: "01Apologies", "4MINUTES": a number of one or two figures, then a capitalised word;
#: or "412/01APOLOGIES": the meeting's number and the minute's
GLUED = re.compile(
    r"^(?:(?P<meeting>\d{1,4})/)?(?P<number>\d{1,2})(?=[A-Z][a-z]|[A-Z]{2,}(?:\b|[A-Z][a-z]))"
)
#: "APOLOGIESThere were none": a heading in capitals glued to its text's first word
CAPITALS_GLUED_TO_TEXT = re.compile(r"^(?P<heading>[A-Z]{3,}(?:[ ][A-Z]{2,}){0,8})(?=[A-Z][a-z])")
#: Fewest glued lines, numbered one after another, read as a run of items
MIN_RUN = 3


def space_after_stopless_numbers(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with each run of glued item numbers given back its space ("01
    Apologies for Absence."); the lines as they are when there is no run."""
    glued = [
        (n, m["meeting"], int(m["number"]))
        for n, line in enumerate(lines)
        if (m := GLUED.match(line.text))
    ]
    mended: set[int] = set()
    run: list[int] = []
    last, series = -1, None
    for index, meeting, number in glued:
        if run and (number != last + 1 or meeting != series):
            mended.update(run if len(run) >= MIN_RUN else ())
            run = []
        run.append(index)
        last, series = number, meeting
    mended.update(run if len(run) >= MIN_RUN else ())
    if not mended:
        return lines, []
    return [_spaced(line) if n in mended else line for n, line in enumerate(lines)], []


def _spaced(line: Line) -> Line:
    """The glued line with its space back after the number, and after a heading in
    capitals glued to its text when the number is a meeting's ("412/01APOLOGIESThere")."""
    match = GLUED.match(line.text)
    if match is None:
        return line
    rest = line.text[match.end() :]
    if match["meeting"] is not None:
        rest = CAPITALS_GLUED_TO_TEXT.sub(r"\g<heading> ", rest, count=1)
    return Line(line.number, f"{line.text[: match.end()]} {rest}")


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
