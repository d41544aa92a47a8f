"""A minute number printed in both margins: alone before its title and again after it.

Scottish councils' minutes (and others set in a table of three columns) print each
minute's number in the left margin and again in the right one, the title between them.
Converted to text, with the table's rules dropped, the three cells fall on lines of
their own, the title wrapping over two or three short lines:

    72
    Risk Management
    Progress Report
    72

A number repeated round a few short lines, a blank line before and after the three
cells, never numbers a paragraph or a page, so the heading is sure without the
numbering cues a bare number needs. A table's row whose cells fall one a line (a name,
the minute it declares an interest in, the interest, the next name) is not one: its
number cell has text right above it or below its repeat.
"""

from __future__ import annotations

import re

from ..model import Line

#: the number alone on its line, a full stop after it or not
MARGIN_NUMBER = re.compile(r"^(?P<number>\d{1,4})\.?$")
#: most lines the title wraps over between the two numbers
MAX_TITLE_LINES = 4
#: longest line of such a title (a margin column is narrow)
MAX_TITLE_LINE_CHARS = 90
#: most blank lines read between the pieces
MAX_BLANKS = 2


def _blank(lines: list[Line], k: int) -> bool:
    return k < 0 or k >= len(lines) or not lines[k].text.strip()


def repeated_margin_number(lines: list[Line], i: int) -> tuple[str, str, int] | None:
    """The number, the title and the index of the repeated number when line `i` is a
    number alone whose title (at most MAX_TITLE_LINES short lines) is followed by the
    same number alone; else None."""
    first = MARGIN_NUMBER.match(lines[i].text.strip())
    if first is None or not _blank(lines, i - 1):
        return None  # a cell of a table's row ("Cllr A Reid" / "5" / "Tenant of ...")
    titles: list[str] = []
    blanks = 0
    for k in range(i + 1, min(len(lines), i + 2 + MAX_TITLE_LINES + MAX_BLANKS)):
        text = lines[k].text.strip()
        if not text:
            blanks += 1
            if blanks > MAX_BLANKS:
                return None
            continue
        again = MARGIN_NUMBER.match(text)
        if again is not None:
            if again["number"] != first["number"] or not titles or not _blank(lines, k + 1):
                return None
            return first["number"], " ".join(titles), k
        if len(text) > MAX_TITLE_LINE_CHARS or len(titles) == MAX_TITLE_LINES:
            return None
        titles.append(text)
    return None
