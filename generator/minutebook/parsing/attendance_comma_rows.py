"""Officers one a line, each name followed by a comma and a post that has commas itself.

Boards' minutes list the officials in attendance one a line, the post after the first
comma, and a post may name its service and body after more commas:

    Mr A Reid, Chief Fire Officer
    B Moss, Depute Chief Fire Officer
    Mrs C Lowe, Area Manager, Community Safety, WFRS

Read as one list the commas part the post into names of their own ("Community Safety"),
and a name with initials but no title ("B Moss") looks like the rest of the post above
it. A run of at least `MIN_ROWS` such lines, each a person's name, a comma and a post
holding an office word, is rewritten "Name (Post);" a line, so each row keeps its post
whole. A line ending in a full stop is a sentence; a post naming another titled person
is a list of names, not a post.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import is_office

#: A person's name (titled, or initials and a surname), a comma, the post to the end
NAME_COMMA_POST = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]{0,20}\s){1,5}[A-Z][\w'’-]{1,30}),\s(?P<post>[A-Z].{2,200})$"
)
#: Initials and a surname: "B Moss", "E M Roe", "J. K. Lowe"
INITIALS_SURNAME = re.compile(r"^(?:[A-Z]\.?\s){1,3}(?:Ma?c|O['’])?[A-Z][\w'’-]{1,30}$")
#: Fewest rows in a run
MIN_ROWS = 3


def officer_row(text: str) -> tuple[str, str] | None:
    """(name, post) of one officer's line; None for any other line."""
    text = text.strip()
    match = NAME_COMMA_POST.match(text) if len(text) <= 240 else None
    if match is None or text.endswith(".") or "\t" in text:
        return None
    name, post = match["name"], match["post"].strip()
    if not (STARTS_WITH_TITLE.match(name) or INITIALS_SURNAME.match(name)):
        return None
    pieces = [p.strip() for p in post.split(",")]
    if any(STARTS_WITH_TITLE.match(p) for p in pieces) or not is_office(pieces[0]):
        return None
    return name, post


def officer_comma_rows(lines: list[Line]) -> list[Line]:
    """The lines with each run of `MIN_ROWS` officers' rows or more rewritten one
    "Name (Post);" a line; other lines unchanged."""
    rows = [officer_row(line.text) for line in lines]
    out = list(lines)
    n = 0
    while n < len(lines):
        end = n
        while end < len(lines) and rows[end] is not None:
            end += 1
        if end - n >= MIN_ROWS:
            for k in range(n, end):
                row = rows[k]
                assert row is not None
                out[k] = Line(lines[k].number, f"{row[0]} ({row[1]});")
        n = max(end, n + 1)
    return out
