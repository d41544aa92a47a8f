"""A table's place or body cell in capitals glued to the title of the member beside it.

A joint committee of councils prints its members as a table, the council (or the
portfolio) in capitals in one column and its member in the next: "BARNET | Cllr A Reid".
A conversion that drops the gap between the cells glues them: "BARNETCllr A Reid",
"CITY OF LONDONMr B Moss", "NEWHAMMayor Sir C Lowe". Capitals run straight into a title
in print nowhere else, so the line is the member, and the cell before them is what they
sit for: their capacity.
"""

from __future__ import annotations

import re

#: the cell in capitals (letters, "&", spaces, stops), then a title glued to it
GLUED_CELL = re.compile(
    r"^(?P<cell>[A-Z][A-Z&'’., -]{1,60}[A-Z])"
    r"(?P<name>(?:Cllr|Councillor|Mayor|Mrs|Mr|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?\s[A-Z].*)$"
)


#: A list's label in capitals, glued to the first name as the cell is ("PRESENTCllr A
#: Reid"): the role of the names, never what they sit for
LABEL = re.compile(
    r"^(?:(?:MEMBERS\s+|ALSO\s+)?PRESENT|APOLOGIES(?:\s+FOR\s+ABSENCE)?|ABSENT|(?:IN\s+)?"
    r"ATTENDANCE|(?:ALSO\s+)?IN\s+ATTENDANCE|MEMBERS|(?:VICE[- ])?CHAIR(?:MAN)?|SUBSTITUTES?"
    r"|OFFICERS?)$"
)


def capitals_cell_and_name(text: str) -> tuple[str, str] | None:
    """(the cell, the titled name) of "BARNETCllr A Reid"; None for any other text, or
    when the capitals are a list's label ("APOLOGIESCllr A Reid")."""
    match = GLUED_CELL.match(text.strip()) if len(text) <= 200 else None
    if match is None or not any(c.isalpha() for c in match["cell"][:-1]):
        return None
    if LABEL.match(match["cell"].strip()):
        return None
    return match["cell"].strip(), match["name"].strip()
