"""Minute codes printed alone with a reference label, or holding the meeting's date.

Boards that keep notes rather than formal minutes (a police and crime commissioner's
governance board, a joint board, a partnership) often number each item with a reference
code alone on its line, the item's title on the next line with text: "Ref 01/21/06/2023"
(serial, then the meeting's day, month and year), "Ref: 12/2023", "Reference PB/23/04".
Without the label, a code that carries a whole date ("03/14/11/2022") is still no date or
fraction: a date has three parts, never four. `labelled_code` reads the code alone (the
title on a later line); `dated_code_title` reads one holding its title on the same line
("01/21/06/2023 Introduction"). Each returns None for any other line.
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain

#: a serial and the meeting's date: "01/21/06/2023"
DATED_CODE = r"\d{1,3}/(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d"
#: a reference code after its label: "12/2023", "PB/23/04", "GB.23.04", "7"
LABELLED_CODE = r"(?:[A-Z]{1,6}[/.-]?)?\d{1,4}(?:[/.-]\d{1,4}){0,3}"
#: the code alone on its line, labelled or holding a date
CODE_ALONE = re.compile(
    rf"^(?:(?:Minute\s{{1,3}}|Item\s{{1,3}})?Ref(?:erence)?(?:\s{{0,2}}No)?\.?:?\s{{0,3}}"
    rf"(?P<labelled>{LABELLED_CODE})|(?P<dated>{DATED_CODE}))\.?$",
    re.IGNORECASE,
)
#: a dated code with the title on its line: "01/21/06/2023 Introduction / Apologies."
CODE_TITLE = re.compile(
    rf"^(?:Ref(?:erence)?\.?:?\s{{0,3}})?(?P<number>{DATED_CODE})\.?"
    r"(?:\s{1,6}[-–:]?\s{0,3})(?P<title>[A-Z‘'\"(].{2,150})$"
)
#: Lines looked through for the title under a code alone
TITLE_REACH = 3


def labelled_code(lines: list[Line], i: int) -> tuple[str, int] | None:
    """The code alone at `i` without its label, and the index of the next line with text
    (the title's, read by the caller); None when line `i` holds no such code or nothing
    follows within TITLE_REACH lines."""
    match = CODE_ALONE.match(plain(lines[i].text).strip())
    if match is None:
        return None
    number = match["labelled"] or match["dated"]
    for k in range(i + 1, min(i + 1 + TITLE_REACH, len(lines))):
        if lines[k].text.strip():
            return None if CODE_ALONE.match(plain(lines[k].text).strip()) else (number, k)
    return None


def dated_code_title(text: str) -> tuple[str, str] | None:
    """The dated code and the title printed after it on one line; else None."""
    match = CODE_TITLE.match(text)
    return None if match is None else (match["number"], match["title"].strip())
