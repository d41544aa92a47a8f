"""A declarations table of two columns, the member and what the interest is in.

A council's declarations minute may print its interests as a table of the member and the
subject: a body the member sits on, or the item or motion the interest touches. The
header names no interest ("Member Subject/Minute", "Councillor Item"), and converting the
PDF runs each row's cells together; a member with several interests keeps the name on a
line of its own and the subjects follow on lines of theirs:

    Member Subject/Minute
    Councillor A Reid Wyke Drainage Board – Member
    Councillor B Moss
    Fenby Youth Trust – Trustee
    Notice of Motion – Buses

A row opens with the member's title, initials and surname (the initials mark where the
name ends); the rest of its line, if any, is the first subject. Lines that open with no
such name carry subjects on. Read only under such a header, for `MAX_TABLE_LINES` lines.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from ..vocabulary import TITLE
from .text import plain

#: The header: the member's column, then one column naming the subject, the item or the
#: minute ("Member Subject/Minute", "Councillor Item", "Members Agenda Item No.")
HEADER = re.compile(
    r"^(?:Members?|Councillors?|Names?)\s+"
    r"(?:Subject|(?:Agenda\s+)?Item|Minute)(?:\s?/\s?(?:Subject|Item|Minute))?(?:\s+No\.?)?$",
    re.IGNORECASE,
)
#: A row: a title, one to three initials and a surname, then perhaps the first subject
ROW = re.compile(
    rf"^(?P<name>{TITLE}\s+(?:[A-Z]\.?\s+){{1,3}}(?:Ma?c|O['’])?[A-Z][\w'’-]{{1,30}})"
    r"(?:\s+(?P<what>\S.{0,300}))?$"
)
#: Lines under the header read, at most (bounds the scan)
MAX_TABLE_LINES = 200


def subject_rows(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """Each member's row of a member and subject table (see the module's docstring);
    empty unless the minute holds such a header with a row under it."""
    start = next((k for k, x in enumerate(body) if HEADER.match(plain(x.text).strip())), None)
    if start is None:
        return []
    found: list[DeclarationFacts] = []
    for line in body[start + 1 : start + 1 + MAX_TABLE_LINES]:
        row = ROW.match(plain(line.text).strip())
        if row is not None:
            found.append(DeclarationFacts(row["name"], row["what"] or "", line.number, minute))
    return found
