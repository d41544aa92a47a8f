"""People one a line, each name followed by its initials and then the post.

NHS boards and clinical commissioning groups print their attendance as a table of three
columns, name, the initials the minutes use for that person, and post; flattened to text
the cells run together on one line, the initials bare or in brackets:

    Present:
    Dr Ann Reid AR Clinical Chair
    Bob Moss (BM) : Chief Finance Officer
    Cara Lowe-Hart CLH Lay Member for Patient and Public Involvement

Read as a list the initials and post look like more of the name. A line is such a row
only when the initials agree with the name before them (the first capital is the
forename's, the last the surname's, a lower-case letter or two may follow: "BMo") and a
capitalised post follows; a line ending in a full stop is a sentence. When the lines
hold at least `MIN_ROWS` rows, each is rewritten "Name (Post);", the form the list
reader reads; fewer are left as printed.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import STARTS_WITH_TITLE
from .names_initials_tag import initials_tagged_row

#: the initials column: "AR", "RCp", "(BM)", "(KMo) :"
INITIALS = re.compile(r"^\(?(?P<caps>[A-Z]{2,4})[a-z]{0,2}\)?:?$")
#: a word of a name: "Ann", "O’Donoghue", "Lowe-Hart", a middle initial "W" or "W."
NAME_WORD = re.compile(r"^(?:[A-Z][a-z][\w'’-]{0,30}|(?:Ma?c|O['’])[A-Z][\w'’-]{1,30}|[A-Z]\.?)$")
#: a forename: a whole word, not an initial
FORENAME = re.compile(r"^[A-Z][a-z][\w'’-]{0,30}$")
#: a cell after the initials that only joins them to the post
JOINER = frozenset({":", "-", "–", "—"})
#: the longest line read
MAX_LINE = 240
#: most words in a name after its title
MAX_NAME_WORDS = 4
#: fewest rows in the lines before they are read so
MIN_ROWS = 3


def _agrees(caps: str, names: list[str]) -> bool:
    """Whether initials are those of a name: the forename's first capital, the surname's
    (or a part of a double-barrelled surname's) last, no more capitals than words and
    parts allow."""
    surname = names[-1]
    parts = [p[0] for p in re.split(r"[-‐]", surname) if p]
    if caps[0] != names[0][0] or caps[-1] not in {surname[0], *parts}:
        return False
    return len(caps) <= len(names) + len(parts) - 1


def initials_row(text: str) -> tuple[str, str] | None:
    """(name, post) of a "Name INITIALS Post" line; None for any other line."""
    text = text.strip()
    if not text or len(text) > MAX_LINE or "\t" in text or text.endswith("."):
        return None
    if initials_tagged_row(text) is not None:
        return None  # "Ann Reid (AR) – Head of Finance": the list reader reads it whole
    title = STARTS_WITH_TITLE.match(text)
    words = text[title.end() :].split() if title else text.split()
    head = text[: title.end()].strip() if title else ""
    for n in range(2, min(len(words) - 1, MAX_NAME_WORDS + 1)):
        names, cell = words[:n], INITIALS.match(words[n])
        if not all(NAME_WORD.match(w) for w in names):
            return None
        if cell is None or not FORENAME.match(names[0]) or not _agrees(cell["caps"], names):
            continue
        rest = words[n + 1 :]
        if rest and rest[0] in JOINER:
            rest = rest[1:]
        if not rest or not rest[0][0].isupper() or INITIALS.match(rest[0]):
            return None
        return " ".join([head, *names]).strip(), " ".join(rest)
    return None


def name_initials_rows(lines: list[Line]) -> list[Line]:
    """The lines with each "Name INITIALS Post" row rewritten "Name (Post);" when they
    hold at least `MIN_ROWS` rows; the lines as they are otherwise."""
    rows = [initials_row(line.text) for line in lines]
    if sum(row is not None for row in rows) < MIN_ROWS:
        return lines
    return [
        Line(line.number, f"{row[0]} ({row[1]});") if row else line
        for line, row in zip(lines, rows, strict=True)
    ]
