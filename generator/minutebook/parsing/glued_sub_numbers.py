"""An item's numbered sub-items run on after its title's full stop, on the title's line.

A parish agenda (and its minutes) may number an item's parts from the item's number and
print them straight after the title: "3. Declarations of Interests. 3.1 Declarations of
Individual Members." or "5. Minutes. 5.1 To approve the record of ... 2026. 5.2 To
consider ...", the next sub-item perhaps after a sentence wrapped onto a later line. Each
sub-item is put on a line of its own (same source line) where its number follows a full
stop and a space, belongs to the item above (its first number is the item's) and goes on
in order from .1: "paragraph 3.1 of the report" (no stop before it) or "5.4" under item
5 with no 5.3 before it are left alone. One pass, bounded by the lines' length.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: "3. Declarations of Interests": an item's number at a line's start
ITEM_START = re.compile(r"^\s{0,8}(?P<number>\d{1,3})\.[ \t]{1,6}[A-Z(]")
#: "5.1 To approve ...": a sub-item's number at a line's start
SUB_START = re.compile(r"^\s{0,8}(?P<number>\d{1,3})\.(?P<sub>\d{1,2})\.?[ \t]{1,6}")
#: ". 3.1 Declarations", "2026. 5.2 (SG) To consider": a sub-item's number after a full
#: stop (after a word, a figure or a bracket) and a space, a capital or a bracket after it
GLUED_SUB = re.compile(
    r"(?<=[\w)’'\"”]\.)[ \t]{1,3}(?P<number>\d{1,3})\.(?P<sub>\d{1,2})\.?[ \t]{1,6}(?=[A-Z(])"
)


def split_glued_sub_numbers(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Put each sub-item glued after a full stop on a line of its own (see the module's
    docstring), its source line's number kept."""
    out: list[Line] = []
    item: int | None = None
    sub = 0
    for line in lines:
        if start := ITEM_START.match(line.text):
            item, sub = int(start["number"]), 0
        elif (start := SUB_START.match(line.text)) and item == int(start["number"]):
            sub = int(start["sub"])
        at = 0
        for glued in GLUED_SUB.finditer(line.text):
            if item != int(glued["number"]) or int(glued["sub"]) != sub + 1:
                continue
            out.append(Line(line.number, line.text[at : glued.start()].rstrip()))
            at, sub = glued.start("number"), sub + 1
        out.append(Line(line.number, line.text[at:]) if at else line)
    return out, []
