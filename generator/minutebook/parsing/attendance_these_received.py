"""Apologies named under their minute's title by a sentence that only points back to it.

A minute headed for apologies may say whose they were without the word "apologies":

    61   APOLOGIES FOR ABSENCE –
    These were received from Councillor A Reid (Wyke Council); Councillors B Moss
    (Fenby Community Council) and C Lowe (Hale Town Council).

"These" (or "They", or no subject at all) are the apologies the title names. The line is
read as the apologies sentence it stands for, so that its names, brackets and wrapping
are read as any apologies sentence's are.
"""

from __future__ import annotations

import re

#: "These were received from", "They had been received from", "Received from"
POINTING_BACK = re.compile(
    r"^(?:(?:These|They)\s+(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:received|submitted|tendered|intimated)\s+from\s+(?=\S)",
    re.IGNORECASE,
)


def apologies_pointing_back(text: str) -> str | None:
    """The line as an apologies sentence ("Apologies were received from X") when, under
    a minute titled for apologies, it names them only as "These were received from X";
    None for any other line."""
    match = POINTING_BACK.match(text.strip())
    if match is None:
        return None
    return f"Apologies were received from {text.strip()[match.end() :]}"
