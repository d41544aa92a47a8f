"""Who presents each item, printed in a column after its title and run on with it.

Minutes set out as a table (the agenda's, kept) may keep a column naming who leads each
item:

    1. Welcome                          Chairman
    2. Apologies                        Chairman
    3. Minutes of the Previous Meeting  Chairman
    4. Finance Report                   Treasurer

A conversion that loses the gap runs the column on after the title ("1. Welcome
Chairman"). `without_presenter_column` takes such an office off the titles when it ends
three headings or more, and half of them: a title ends with the same post so often only
when a column prints it. A title that would then end with a word that cannot end one
("Election of Chairman": "Election of") keeps the post, its own object.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import TYPE_CHECKING

from ..vocabulary import OFFICE_WORDS, SMALL_WORDS

if TYPE_CHECKING:
    from .minute_headings import MinuteHeading

#: the last one or two capitalised words of a title
LAST_WORDS = re.compile(r"\s(?P<post>(?:[A-Z][\w'’-]{1,30}\s)?[A-Z][\w'’-]{1,30})$")
#: fewest headings a column's post must end
FEWEST = 3
#: words a title never ends with: its own object follows them ("Election of Vice Chairman")
OPEN_ENDINGS = SMALL_WORDS | {"vice", "deputy", "new", "acting", "by", "from", "with"}


def _post(title: str) -> str | None:
    """The office ending a title after words that may end one ("Welcome Chairman":
    "Chairman"), else None."""
    found = LAST_WORDS.search(title)
    if found is None:
        return None
    words = found["post"].split()
    if words[-1].lower() not in OFFICE_WORDS:
        return None
    if len(words) == 2 and words[0].lower() not in OFFICE_WORDS | {"town", "parish", "finance"}:
        words = words[1:]  # "Welcome Chairman": the post is the last word alone
    post = " ".join(words)
    before = title[: -len(post)].split()
    if not before or before[-1].lower() in OPEN_ENDINGS:
        return None  # "Election of Chairman": the post is the title's own object
    return post


def without_presenter_column(headings: list[MinuteHeading]) -> list[MinuteHeading]:
    """The headings with a presenter's post run on after their titles taken off (see
    the module's note); the headings as they are when no post ends enough of them."""
    posts = Counter(post for h in headings if (post := _post(h.title)) is not None)
    common = {post for post, n in posts.items() if n >= FEWEST and n * 2 >= len(headings)}
    if not common:
        return headings
    out: list[MinuteHeading] = []
    for heading in headings:
        post = _post(heading.title)
        if post is None or post not in common:
            out.append(heading)
            continue
        out.append(dataclasses.replace(heading, title=heading.title[: -len(post)].rstrip()))
    return out
