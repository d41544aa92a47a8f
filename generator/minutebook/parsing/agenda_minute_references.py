"""A note after an agenda item's title citing the minute that last dealt with it.

Older town and parish agendas print, after an item carried over from an earlier meeting,
the minute it comes from in brackets: "7. Car Park Charges (Min 212 4.3.05)", "9. Play
Area Fencing (F&GP Min 88 21.02.05)." (the committee's letters first when the minute is
another committee's), "(Minute 45/2005 refers)", "(see Min. 17)". Like an enclosure note
or a page range, the reference is no part of the title; it stays on the paper's page.
"""

from __future__ import annotations

import re

#: "(Min 212 4.3.05)", "(F&GP Min 88 21.02.05).", "(Minute 45/2005 refers)", "(see Min.
#: 17)": an optional "see", a committee's letters, the word for a minute, its number, an
#: optional date in figures and "refers", closing the line
MINUTE_REFERENCE = re.compile(
    r"\s{0,4}\((?:see\s{1,2})?(?:[A-Z][A-Za-z&]{0,10}\s{1,2})?Min(?:ute)?s?\.?\s{0,2}"
    r"(?:No\.?\s{0,2})?\d{1,4}(?:[./]\d{1,4})?[a-z]?"
    r"(?:\s{1,2}(?:of\s{1,2})?\d{1,2}[./]\d{1,2}[./]\d{2,4})?(?:\s{1,2}refers)?\)\.?\s{0,4}$",
    re.IGNORECASE,
)
#: Characters at a title's end searched for the note
TAIL = 60


def without_minute_reference(text: str) -> str:
    """The title without a bracketed reference to an earlier minute at its end; the text
    as it is when it ends with none (or when nothing would be left of the title)."""
    match = MINUTE_REFERENCE.search(text, max(0, len(text) - TAIL))
    if match is None or not text[: match.start()].strip():
        return text
    return text[: match.start()].rstrip()
