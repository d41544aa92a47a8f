"""A person's title in a column of its own: "Cllr   Pam Shingler   Chairman".

A roll typed as a table puts the title in one column and the name in the next, so that
the names line up under each other: "PRESENT:     Cllr   Pam Shingler     Chairman" over
"             Cllr   Frank Dolphin    Vice-Chairman". The converted text keeps the gap
between the cells, and a wide gap is where the readers of rolls part one entry from the
next: the title would be read as a name, the name as another. The gap after a title
that a capitalised word follows is one space in print, so it is closed up to one here;
every other gap stays, the line keeping its number.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: A singular title as a word of its own, then two or more spaces, then a capitalised word
#: or an initial, with or without its stop: "Cllr   Pam", "Councillor   M Lynch". The
#: plural label ("Councillors     Smith, Jones") heads a list, and stays as it is.
TITLE_GAP = re.compile(
    r"(?<![\w.])(?P<title>Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?(?P<gap>[ ]{2,40})"
    r"(?=[A-Z](?:[\w.'’-]|[ ][A-Z]))"
)


def close_title_gaps(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with each gap between a title and the name after it closed up to one
    space; the lines as they are when none has such a gap."""
    out: list[Line] = []
    for line in lines:
        if "  " not in line.text:
            out.append(line)
            continue
        mended = TITLE_GAP.sub(_one_space, line.text)
        out.append(line if mended == line.text else Line(line.number, mended))
    return out, []


def _one_space(match: re.Match[str]) -> str:
    """The title as printed (its stop kept), one space after it."""
    return match.group(0)[: match.start("gap") - match.start()] + " "
