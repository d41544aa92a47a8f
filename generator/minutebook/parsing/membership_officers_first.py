"""The chair and vice-chair labelled over the list, a blank line, then the other members.

A front sheet may print its committee's officers first, each after the office's label,
and the rest of its members one per line below a blank line:

    Membership:
    Chair: Councillor A Reid
    Vice-Chair: Councillor B Moss

    Councillor C Lowe
    Councillor D Pym        (or "Councillors C Lowe and D Pym")

The blank line after the officers' rows does not end the list, as a blank line before
rows of another form otherwise does: the members below are the same committee's.
"""

from __future__ import annotations

from ..vocabulary import STARTS_WITH_TITLE
from .membership_labels import OFFICE_CELL
from .names import LEADING_PLURAL_TITLE
from .text import plain


def office_row(text: str) -> bool:
    """'Chair: Councillor A Reid', 'Vice-Chairman - Cllr B Moss': an office's label and its
    titled holder."""
    match = OFFICE_CELL.match(plain(text).strip()[:200])
    return match is not None and STARTS_WITH_TITLE.match(match["name"]) is not None


def members_after_officers(officers: bool, row: str) -> bool:
    """Whether a row of titled members after a blank line ("Councillor C Lowe",
    "Councillors: C Lowe, D Pym") goes on a list whose rows so far were all the officers'
    (`office_row`)."""
    text = plain(row).strip()
    return officers and bool(STARTS_WITH_TITLE.match(text) or LEADING_PLURAL_TITLE.match(text))
