"""A minutes table's number cell joined to its title cell by " / ".

Health boards and the partnership boards they sit on often print their minutes as a
table ("Item / Subject / Action", "ITEM / ACTION"): the item's number in a narrow first
column, its title and text in a wide one, an owner's initials in a last. Some converters
join a row's cells with " / ", so each minute's heading reads "2. / APOLOGIES", or "1. /"
alone when the title cell starts lower down:

    Item / Subject / Action
    1. /

    CHAIRMAN'S WELCOME
    2. / Declarations of Interest

Boards that number their minutes by the year ("13/10", "41/17") print the same cell, so
"14/10 / Minutes of the last meeting" reads "14/10 Minutes of the last meeting".
`uncelled_numbers` takes the join out ("2. APOLOGIES", "1."), each line keeping its
number, so the ordinary heading forms judge the line: its number must continue the
numbering and its rest read as a title. A line whose title cell holds another join
("3. / Budget / JS") is left as printed, as is a number without its stop or year ("3 / 4
of the members"), a fraction rather than a cell.
"""

from __future__ import annotations

import re

from ..model import Line

#: "2. / APOLOGIES", "1. /", "13/10 / Chair's Business": a stopped or year-numbered
#: number cell, the join, then the title cell or none
NUMBER_CELL = re.compile(
    r"^(?P<number>\d{1,3}(?:\.|/\d{2}\.?))[ \t]+/(?:[ \t]+(?P<title>\S.{0,250}))?$"
)


def uncelled_numbers(lines: list[Line]) -> list[Line] | None:
    """The lines with each minute number's " / " join to its title cell taken out (see
    the module's note); None when no line prints one."""
    out: list[Line] = []
    changed = False
    for line in lines:
        match = NUMBER_CELL.match(line.text.strip()) if "/" in line.text else None
        title = match["title"] if match else None
        if match is None or (title is not None and " / " in title):
            out.append(line)
            continue
        out.append(Line(line.number, f"{match['number']} {title}" if title else match["number"]))
        changed = True
    return out if changed else None
