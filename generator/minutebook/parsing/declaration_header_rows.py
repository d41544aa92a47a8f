"""A declarations table whose header and rows each lost their cell gaps, one row a line.

A "Panel Member | Personal Interest" table converted to text keeps one row a line but
runs its cells together, and an interest that wraps goes on over lines of its own:

    Panel Member Personal Interest
    Ann Bell Member of the Eastwold Safety Partnership
    Raj Moss Trustee of the Northdown Youth Trust
    Chairman of the Northdown Safer Streets Board

Each row opens with the member's first name and surname, untitled, then the interest;
a line carrying an interest on opens with an office or a phrase in lower case. So a row
is a line of a first name, a surname the paper names above the table (in its attendance,
"Raj Moss Northdown BC"), and more text; any other line goes on with the row above.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from ..vocabulary import OFFICE_WORDS, ORGANISATION_WORDS
from .declaration_layouts import FLATTENED_HEADER
from .text import plain

#: "Ann Bell Member of ...": a first name, a surname, then the interest from a capital
ROW = re.compile(
    r"^(?P<name>(?P<first>[A-Z][a-z'’]{1,20})\s(?P<surname>[A-Z][\w'’-]{1,30}))\s+"
    r"(?P<what>[A-Z].{0,300})$"
)
#: Lines of a table read, at most (bounds the scan)
MAX_TABLE_LINES = 120


def _header_alone(text: str) -> bool:
    """Whether a line is a declarations table's header and nothing else."""
    return FLATTENED_HEADER.match(f"{text} X") is not None and len(text) <= 60


def header_row_declarations(
    body: list[Line], minute: str, paper: list[Line]
) -> list[DeclarationFacts]:
    """Each row of a declarations table printed one row a line under its header alone,
    the member untitled, whose surname the paper names above the table. Empty for any
    other minute."""
    start = next((k for k, x in enumerate(body) if _header_alone(plain(x.text).strip())), None)
    if start is None:
        return []
    top = body[start].number
    above = " ".join(x.text for x in paper if x.number < top and x.text.strip())[:200_000]
    found: list[DeclarationFacts] = []
    for line in body[start + 1 : start + 1 + MAX_TABLE_LINES]:
        match = ROW.match(plain(line.text).strip())
        if match is None:
            continue
        first = match["first"].lower()
        if first in OFFICE_WORDS or first in ORGANISATION_WORDS:
            continue  # "Chairman Of ...", "Police Service ...": an interest going on
        if re.search(rf"\b{re.escape(match['surname'])}\b", above) is None:
            continue
        found.append(DeclarationFacts(match["name"], match["what"], line.number, minute))
    return found
