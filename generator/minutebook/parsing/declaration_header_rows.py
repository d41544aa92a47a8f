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

The header may name more columns than the member and the interest, run together the
same way ("Councillor Type of Interest Nature of Interest", "Councillor Agenda item
Nature of interest Explanation"): then a row may open with a titled name, initials and
all, its first cell ending where the next opens with the item's number or the kind of
interest ("Cllr A. B. Lowe 21/14 Personal ...", "Ann Bell Code Trustee of ...").
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from ..vocabulary import OFFICE_WORDS, ORGANISATION_WORDS, TITLE
from .declaration_layouts import FLATTENED_HEADER
from .text import plain

#: "Ann Bell Member of ...": a first name, a surname, then the interest from a capital
ROW = re.compile(
    r"^(?P<name>(?P<first>[A-Z][a-z'’]{1,20})\s(?P<surname>[A-Z][\w'’-]{1,30}))\s+"
    r"(?P<what>[A-Z].{0,300})$"
)
#: A column of a declarations table's header after the member's: the item, the interest's
#: kind or nature, what it is
COLUMN = (
    r"(?:Agenda\s+item(?:\s+no\.?)?|Item(?:\s+no\.?)?|Minute(?:\s+no\.?)?"
    # "Item/Nature of Interest": two columns' names joined by a slash
    r"|(?:Item\s?/\s?)?(?:Type|Nature|Kind|Details)\s+of\s+interest|Interest(?:\s+declared)?"
    r"|Explanation"
    r"|Reason|Action(?:\s+taken)?)"
)
#: "Councillor Agenda item Nature of interest Explanation": the member's column, then
#: two to five more, one of them naming the interest
COLUMN_HEADER = re.compile(
    rf"^(?:(?:Panel|Committee|Board)\s+)?(?:Members?|Councillors?|Names?|Member\s+name"
    rf"|Name\s+of\s+(?:Member|Councillor))"
    rf"(?=(?:\s+{COLUMN}){{2,5}}$)(?=.*\binterest\b)(?:\s+{COLUMN}){{2,5}}$",
    re.IGNORECASE,
)
#: A row under such a header: a titled name, then a cell opening with the item's number
#: ("16/142", "7(b)", "Item 5") or the interest's kind
TITLED_ROW = re.compile(
    rf"^(?P<name>{TITLE}(?:\s+[A-Z][\w'’.-]*){{1,4}}?)\s+"
    r"(?P<what>(?:(?:Item\s+)?\d{1,4}(?:[./]\d{1,4}){0,2}\b|(?:Personal|Prejudicial|Pecuniary"
    r"|Disclosable|Non[- ][Pp]ecuniary|Other|Code|Significant|Financial)\b).{0,300})$"
)
#: An untitled row's next cell opening with the interest's kind, which needs no surname
#: named above ("Ann Bell Code Trustee of ...")
KIND_CELL = re.compile(
    r"^(?:Personal|Prejudicial|Pecuniary|Disclosable|Non[- ][Pp]ecuniary|Code|Significant)\b"
)
#: Lines of a table read, at most (bounds the scan)
MAX_TABLE_LINES = 120


def _header_alone(text: str) -> bool:
    """Whether a line is a declarations table's header and nothing else."""
    if len(text) > 80:
        return False
    if COLUMN_HEADER.match(text) is not None:
        return True
    return FLATTENED_HEADER.match(f"{text} X") is not None and len(text) <= 60


def is_table_header(text: str) -> bool:
    """Whether a line is a declarations table's header alone (never a member's name)."""
    return _header_alone(plain(text).strip())


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
    columns = COLUMN_HEADER.match(plain(body[start].text).strip()) is not None
    for line in body[start + 1 : start + 1 + MAX_TABLE_LINES]:
        text = plain(line.text).strip()
        titled = TITLED_ROW.match(text) if columns else None
        if titled is not None:
            found.append(DeclarationFacts(titled["name"], titled["what"], line.number, minute))
            continue
        match = ROW.match(text)
        if match is None:
            continue
        first = match["first"].lower()
        if first in OFFICE_WORDS or first in ORGANISATION_WORDS:
            continue  # "Chairman Of ...", "Police Service ...": an interest going on
        kind = columns and KIND_CELL.match(match["what"]) is not None
        if not kind and re.search(rf"\b{re.escape(match['surname'])}\b", above) is None:
            continue
        found.append(DeclarationFacts(match["name"], match["what"], line.number, minute))
    return found
