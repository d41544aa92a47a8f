"""A record's opening sentence with its list of those present run on after it.

A short record may print its opening and its list on one line:

    On Tuesday 20 th July 2010 a Meeting of Fenby Council was held in the Village Hall at
    7.00 pm PRESENT: Cllrs A Reid (Chair); Mrs B Moss; C Lowe and clerk

The list readers read lines that open with a label, so the names were lost. The line is
cut before the label when the words before it state the meeting: "held" and a year. The
pieces keep the line's number.
"""

from __future__ import annotations

import re

from ..model import Line

#: the label of those present after the opening's words, its colon kept
PRESENT_LABEL = re.compile(r"\s(?=(?:PRESENT|Present|Members\s+[Pp]resent)\s*:)")
#: the opening's words: "held" and a year before the label
HELD_IN_YEAR = re.compile(r"\bheld\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\bheld\b", re.I)
#: Longest stretch before the label read as the opening
MAX_OPENING = 400


def cut_after_opening(lines: list[Line]) -> list[Line]:
    """The lines with a record's opening cut off the list of those present run on after it
    (see the module's docstring); other lines as they are."""
    out: list[Line] = []
    for line in lines:
        label = PRESENT_LABEL.search(line.text, 0, MAX_OPENING + 20)
        if label is None or not HELD_IN_YEAR.search(line.text, 0, label.start()):
            out.append(line)
            continue
        cut = label.end()
        out += [Line(line.number, line.text[:cut].rstrip()), Line(line.number, line.text[cut:])]
    return out
