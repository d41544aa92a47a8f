"""A "Name | Post" table flattened onto one run, each row opening with a title.

Officers' and board members' lists are often printed as a table, the person in one
column and the post (or the body they sit for) in the other. Converting the PDF loses
the cells and runs the rows together, with no separator between one row's post and the
next row's name:

    In attendance: Mrs A Reid, Chief Executive Mr B Moss Head of Finance (Resources)
    Ms C Lowe, Democratic Services Officer Dr D Pym Medical Director

Each title starts a row; the name is the title with initials and a surname, or with a
given name and a surname, and the rest of the row, after an optional comma, is the post.
The reading applies only to a run of three rows or more where no row ends in a list's
separator (a comma, a semicolon, "and": such a run is a list the name reader reads), at
at least half the rows have a post that is an office or a body, and no post holds a
sentence's verb. A bracket after the name is added to the post after a comma.
"""

from __future__ import annotations

import re

from ..vocabulary import HONOUR
from .attendance_flattened import MEMBER_TITLE, FlatMember
from .names import NameEntry, is_office

#: The name after the title: initials and a surname ("A McCrorie", "D Jones-Morris"), or a
#: given name, perhaps an initial, and a surname ("Jo Martin"), an honour after it
NAME = re.compile(
    r"^(?:(?:[A-Z]\.?\s+){1,3}[A-Z][\w'’-]{1,30}"
    r"|[A-Z][a-z][\w'’-]{0,30}(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]{1,30})"
    rf"(?:,?\s+{HONOUR}(?![\w-]))?(?=[\s,(]|$)"
)
#: A bracket straight after the name: "(Chairman)"
NAME_NOTE = re.compile(r"^\s*\((?P<note>[^()]{1,60})\)")
#: A list's separator closing a row: such a run is a list, not a flattened table
SEPARATOR_END = re.compile(r"(?:[,;]|\band|&)\s*$")
#: Words of a sentence, not a post
VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|said|asked|noted|agreed|reported|welcomed)\b",
    re.IGNORECASE,
)
FEWEST_ROWS = 3
LONGEST_RUN = 4000
LONGEST_POST = 160


def _row(title: str, rest: str, start: int) -> tuple[NameEntry, bool] | None:
    """One row's entry and whether it has a post that is an office or a body."""
    rest = rest.strip()
    match = NAME.match(rest)
    if match is None:
        return None
    name, after = match.group(), rest[match.end() :]
    notes: list[str] = []
    note = NAME_NOTE.match(after)
    if note is not None:
        notes.append(note["note"].strip())
        after = after[note.end() :]
    post = after.strip().lstrip(",").strip().rstrip(".").strip()
    if len(post) > LONGEST_POST or VERB.search(post) or (post and not post[0].isupper()):
        return None
    capacity = ", ".join(p for p in [post, *notes] if p) or None
    entry = NameEntry(f"{title} {name}", capacity, False, start=start)
    return entry, bool(post) and is_office(post)


def titled_rows(text: str) -> list[FlatMember] | None:
    """The rows of a "Name | Post" table run on with a title opening each; None unless
    the run opens with a title and is read whole into three such rows or more."""
    if len(text) > LONGEST_RUN:
        return None
    starts = [(m.start(), m.group()) for m in MEMBER_TITLE.finditer(text)]
    if len(starts) < FEWEST_ROWS or starts[0][0] != 0:
        return None
    members: list[FlatMember] = []
    posts = 0
    for (at, title), following in zip(starts, [*starts[1:], None], strict=True):
        end = following[0] if following else len(text)
        piece = text[at + len(title) : end]
        if following is not None and SEPARATOR_END.search(piece):
            return None
        row = _row(title, piece, at)
        if row is None:
            return None
        members.append(FlatMember(row[0], substitute=False))
        posts += row[1]
    if posts < FEWEST_ROWS or 2 * posts < len(members):
        return None
    return members
