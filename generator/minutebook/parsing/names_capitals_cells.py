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


def capitals_cell_and_name(text: str) -> tuple[str, str] | None:
    """(the cell, the titled name) of "BARNETCllr A Reid"; None for any other text."""
    match = GLUED_CELL.match(text.strip()) if len(text) <= 200 else None
    if match is None or not any(c.isalpha() for c in match["cell"][:-1]):
        return None
    return match["cell"].strip(), match["name"].strip()
