"""Officers printed in a "Body – Post | Name" table flattened onto one run of text.

A joint authority lists the officers in attendance as a table whose first column is the
body and the post and whose second is the officer. Converting the PDF loses the cells,
and the run reads:

    WCA – Chief Executive Ann Reid WCA - Deputy Chief Executive Ben Moss WCA – Treasurer
    Cara Lowe Office of the Mayor Dev Pym

Each post ends on an office word ("Executive", "Treasurer", "Mayor"); the two capitalised
words after it that are no office words are the officer's name, and the next row's post
starts straight after them. The reading applies to a list of officers only, when the run
has no list separators and is read whole into three rows or more.

The table's later rows may print the body alone, the same before each officer ("WCA Eve
Hale WCA Fay Rowe WCA Gus Tate"): the body repeated cuts the run into its rows. Rows
whose bodies differ with no post to end them ("Eastwold Eve Hale Northdown Fay Rowe")
cannot be cut from the words alone; `table_rows_left` tells the reader they are rows of
the table, not one long name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..vocabulary import OFFICE_ALTERNATION
from .attendance_flattened import FlatMember
from .names import NameEntry

_OFFICE = OFFICE_ALTERNATION
#: A word of a name that is no office word: "Ann", "Reid", "McKenzie-Lowe"
NAME_WORD = rf"(?!(?i:{_OFFICE})\b)[A-Z][a-z][\w'’-]{{0,30}}"
#: One row: the body and post, ending on an office word, then a given name and surname
ROW = re.compile(
    r"\s*(?P<post>[A-Z][\w'’&.]{0,30}(?:\s+(?:[A-Z][\w'’&.-]{0,30}|of|the|and|for|[–-])){0,10}?"
    rf"\s+(?i:{_OFFICE}))\s+(?P<name>{NAME_WORD}\s+(?:Ma?c|O['’])?{NAME_WORD})(?=\s|$)"
)
FEWEST_ROWS = 3
LONGEST_RUN = 3000


def post_first_rows(text: str) -> list[FlatMember] | None:
    """Each officer of a flattened "Body – Post | Name" run, the post as their capacity;
    None when the text is not read whole into such rows."""
    if len(text) > LONGEST_RUN or re.search(r"[,;()]", text):
        return None
    rows: list[FlatMember] = []
    at = 0
    while at < len(text.rstrip()):
        row = ROW.match(text, at)
        if row is None:
            return None
        entry = NameEntry(row["name"], row["post"], looks_damaged=False, start=row.start("post"))
        rows.append(FlatMember(entry, substitute=False))
        at = row.end()
    return rows if len(rows) >= FEWEST_ROWS else None


#: A given name and a surname, a row's officer
UNTITLED = re.compile(rf"^{NAME_WORD}\s+(?:Ma?c|O['’])?{NAME_WORD}$")
#: The column printed before each officer: a body's initials or one capitalised word
COLUMN = re.compile(r"^(?:[A-Z]{2,8}|[A-Z][a-z]{2,30})$")


def repeated_column_rows(text: str) -> list[FlatMember] | None:
    """'WCA Eve Hale WCA Fay Rowe WCA Gus Tate': each officer after the body printed
    before every one of them, that body as their capacity; None for any other text."""
    if len(text) > LONGEST_RUN or re.search(r"[,;()]", text):
        return None
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    if not words or not COLUMN.match(words[0][1]):
        return None
    column = words[0][1]
    cuts = [k for k, (_, word) in enumerate(words) if word == column] + [len(words)]
    rows: list[FlatMember] = []
    for k, end in pairwise(cuts):
        name = " ".join(word for _, word in words[k + 1 : end])
        if not UNTITLED.match(name):
            return None
        entry = NameEntry(name, column, looks_damaged=False, start=words[k][0])
        rows.append(FlatMember(entry, substitute=False))
    return rows if len(rows) >= FEWEST_ROWS else None


def table_rows_left(text: str) -> bool:
    """Whether a paragraph under a table read by `post_first_rows` is more of its rows:
    capitalised words only, no list separators, long enough for two rows or more."""
    words = text.split()
    return (
        len(text) <= LONGEST_RUN
        and len(words) >= 2 * FEWEST_ROWS
        and not re.search(r"[,;()]", text)
        and all(w[:1].isupper() or w in {"of", "the", "and", "&"} for w in words)
    )
