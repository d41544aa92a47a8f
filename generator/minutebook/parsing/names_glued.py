"""Names run together where a converter lost the space between two cells or two entries.

A list printed in two columns ("Cllr A Reid (Mayor)" beside "Cllr B Moss") often reaches
the text with the columns glued: "Cllr A Reid (Mayor)Cllr B Moss", "Cllr A ReidCllr B
Moss", "Mrs C Lowe (Observer)and Mrs D Hart". A title or "and" never starts straight after
a lower-case letter or a closing bracket in print, so the lost space is put back there
before the list is split into names.
"""

from __future__ import annotations

import re

#: A person's title glued to the word or bracket before it: "ReidCllr B", ")Mrs D".
GLUED_TITLE = re.compile(
    r"(?<=[a-z)])(?=(?:Cllr|Councillor|Mrs|Mr|Ms|Miss|Dr)\.?\s[A-Z])"
    # "and" glued to a closing bracket: "(Observer)and Mrs D Hart"
    r"|(?<=\))(?=and\s)"
)


def unglued_titles(text: str) -> str:
    """The text with a space put back before each title (or "and") glued to a name or a
    closing bracket; the text unchanged when nothing is glued."""
    if not GLUED_TITLE.search(text):
        return text
    return GLUED_TITLE.sub(" ", text)
