"""A member | party | council table row: the party's cell is no part of what is represented.

A joint body (a joint scrutiny committee, a police and crime panel, a combined
authority's committee) prints each member's political group in a column of its own,
beside the council that appointed them:

    Councillor A Reid (Chair)<TAB>Labour<TAB>Ashby Borough Council

A party is an affiliation, not what a member represents: the row reads as the member and
the council, in whichever order the party and council columns come.
"""

from __future__ import annotations

from .membership_labels import PARTY_GROUP
from .names import PARTY_TAGS, names_an_organisation
from .text import plain


def is_party(cell: str) -> bool:
    """A political group's cell: "Labour", "Liberal Democrat", "Con", "Independent"."""
    text = plain(cell).strip()
    return PARTY_GROUP.match(text) is not None or text.upper().strip(".") in PARTY_TAGS


def without_party_cell(text: str) -> str | None:
    """'Cllr A Reid<TAB>Labour<TAB>Ashby Borough Council' as the member and the council
    alone ("Cllr A Reid<TAB>Ashby Borough Council"). None unless the row has three cells,
    one a party and the other after the name a council or organisation."""
    if len(text) > 600:
        return None
    cells = [cell for cell in text.split("\t") if cell.strip()]
    if len(cells) != 3:
        return None
    name, second, third = cells
    if is_party(second) and names_an_organisation(plain(third)):
        return f"{name}\t{third}"
    if is_party(third) and names_an_organisation(plain(second)):
        return f"{name}\t{second}"
    return None
