"""A table of names and posts flattened column by column: the names, then the posts.

NHS trust boards and CCG governing bodies print those present as a table, name beside
post, under group labels ("VOTING MEMBERS:", "IN ATTENDANCE:"); some converters read it
a column at a time, so under each label come the names one a line, then the posts:

    Non-voting members:
    Dr Ann Reid
    Ben Moss
    Locality Chair
    Practice Manager

Read as printed the posts look like more names. A post may wrap ("Head of Finance &" over
"Estates"), and a post may look like a name ("Practice Nurse"), so the pairing is read
only where it is certain: the posts, a line ending in a joining word or sign joined to
the next and a line opening in lower case to the one above, are exactly as many as the
names before them. The k-th name is then rewritten "Name (Post)" and its post's line
left empty. Where they are not, but the first post is plainly an office, the names are
kept without a post and the posts' lines emptied; any other run is left as printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import is_office, looks_like_a_person

#: A post's line that goes on below: it ends with a joining sign or word
JOINS_ON = re.compile(r"(?:[-–—&,/]|\b(?:and|of|for|to|the))$")
#: A cell of a row kept whole: a tab, a wide gap, a table's bar or markup
ROW_CELLS = re.compile(r"\t|[ \u00a0]{2,}|[|<>]")
#: A post by its initials alone: "GP", "CEO"
ACRONYM = re.compile(r"^[A-Z]{2,5}$")
#: The longest line read as a name, or as a post's line
MAX_NAME = 50
MAX_POST = 90
#: Fewest rows in a table
MIN_ROWS = 2
#: Most rows in a table, and most post lines read per row (bounds the scans)
MAX_ROWS = 40
MAX_LINES_PER_ROW = 3


def _name(text: str) -> bool:
    """A person alone on the line: titled, or a forename and surname, no office."""
    if not text or len(text) > MAX_NAME or re.search(r"[\d:;,()]", text) or ROW_CELLS.search(text):
        return False
    if STARTS_WITH_TITLE.match(text):
        return len(text.split()) >= 2
    return looks_like_a_person(text) and not is_office(text)


def _post_line(text: str) -> bool:
    """A line that may be all or part of a post: short, no colon, figure, bracket or stop,
    no title opening it."""
    return (
        0 < len(text) <= MAX_POST
        and not re.search(r"[\d:;()]", text)
        and not ROW_CELLS.search(text)
        and not text.endswith(".")
        and not STARTS_WITH_TITLE.match(text)
    )


def _offices(posts: list[str]) -> bool:
    """Whether most of the posts are plainly offices or bodies ("Chief Officer"), or
    initials standing for one ("GP"), not more names."""
    plain = sum(1 for post in posts if is_office(post) or ACRONYM.match(post))
    return 2 * plain > len(posts)


def _joined_posts(texts: list[str]) -> list[str]:
    """The posts the lines make, each wrapped line joined to the one it goes on from."""
    posts: list[str] = []
    for text in texts:
        if posts and (JOINS_ON.search(posts[-1]) or text[:1].islower()):
            posts[-1] = f"{posts[-1]} {text}"
        else:
            posts.append(text)
    return posts


def _table(
    texts: list[str], start: int, is_label: Callable[[str], bool]
) -> tuple[int, int, list[str] | None] | None:
    """Under the label above `start`: the rows, where the posts end, and the posts when
    they pair one to one with the names (None when only the names are certain); None
    when the lines are no such table."""
    names = 0
    while start + names < len(texts) and names < MAX_ROWS and _name(texts[start + names]):
        names += 1
    if names < MIN_ROWS:
        return None
    end = start + names
    limit = start + names * (MAX_LINES_PER_ROW + 1)
    while end < min(len(texts), limit) and _post_line(texts[end]) and not is_label(texts[end]):
        end += 1
    if end == start + names or end == limit:
        return None
    for rows in range(names, MIN_ROWS - 1, -1):
        posts = _joined_posts(texts[start + rows : end])
        if len(posts) == rows:
            return (rows, end, posts) if _offices(posts) else None
        if len(posts) > rows:
            break
    if is_office(texts[start + names]):
        return names, end, None
    return None


def unzipped_columns(lines: list[Line], is_label: Callable[[str], bool]) -> list[Line]:
    """The lines with each table flattened column by column read back into rows, or its
    names kept alone where the posts do not pair; other lines as they are."""
    out = list(lines)
    texts = [line.text.strip() for line in lines]
    n = 0
    while n < len(lines):
        table = _table(texts, n + 1, is_label) if texts[n] and is_label(texts[n]) else None
        if table is None:
            n += 1
            continue
        rows, end, posts = table
        for j in range(rows):
            name = lines[n + 1 + j]
            text = f"{texts[n + 1 + j]} ({posts[j]})" if posts else texts[n + 1 + j]
            out[n + 1 + j] = Line(name.number, text)
        for k in range(n + 1 + rows, end):
            out[k] = Line(lines[k].number, "")
        n = end
    return out
