"""A protective marking alone at the head of a file, as police and partnership papers print
it: "OFFICIAL", "NOT PROTECTIVELY MARKED", "OFFICIAL-SENSITIVE", perhaps with the
record's reference beside it ("OFFICIAL       Record No: 20417").

The marking is the page's furniture (the government's security classification repeated on
every page), so above a file's first paper it belongs to that paper rather than opening a
paper of its own. The test is False for any other line.
"""

from __future__ import annotations

import re

from .running_headers import MARKING

#: the marking, then perhaps the document's reference: "Record No: 20417", "Ref: PCP/14"
MARKING_LINE = re.compile(
    rf"{MARKING}(?:[ \t]{{1,60}}(?:record|ref(?:erence)?|document|doc)(?:[ \t]{{1,3}}"
    r"(?:no\.?|number))?[ \t]{0,3}:?[ \t]{0,3}[A-Z0-9][\w/.-]{0,20})?",
    re.IGNORECASE,
)


def protective_marking(text: str) -> bool:
    """Whether a (stripped) line is a protective marking alone, with the record's
    reference at most."""
    return len(text) <= 120 and MARKING_LINE.fullmatch(text.strip()) is not None
