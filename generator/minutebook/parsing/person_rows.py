"""A list's row that names a person after a dash, above a paper's title.

Papers print lists whose rows give a label, a dash and a titled person: the members
grouped by the council that sent them ("Ashby Borough Council - Councillors A Bell and
C Dunn"), by party ("Labour – Councillor E Frost"), an invitee under the office they
hold ("Chief Constable - Ms G Hale") or a declaration under its item ("Item 4b – Mr H
Irwin (Financial)"). Such rows are short and carry no full stop, so the walk up a
title block would take a run of them as the next paper's title lines; a title never
ends with a titled person after a dash, so a row like this ends the walk.
"""

from __future__ import annotations

import re

#: "Label - Councillors A and B", "Label – Mr. C. Dunn (Financial)": a label of a few
#: words, a spaced dash, then a person's title and a capital
PERSON_ROW = re.compile(
    r"[^–—:\t]{2,100}?\s[–—-]\s(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]"
    r"[^\t]{0,200}"
)
#: Longest line tested
ROW_CHARS = 300


def person_row(text: str) -> bool:
    """Whether a line is a list's row naming a titled person after a dash."""
    text = text.strip().strip("*#_ ")
    return len(text) <= ROW_CHARS and PERSON_ROW.fullmatch(text) is not None
