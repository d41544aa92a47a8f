"""Each person on a line of their own, their post in a column after a spaced dash.

A health and wellbeing board's minutes (and other partnership boards') list members and
officers one a line, the post in a second column after a dash, wrapping in that column:

    Councillor Ann Reid (Chair)        - Cabinet Member for Adults and
                                         Public Health
    Mr Ben Moss                        - Director of Public Health

Each row is rewritten "Name (Post);", the form the list reader reads a capacity from,
with the post's wrapped lines joined to it and taken out of the list. A name with its
own bracket keeps it as the capacity ("(Chair)": the office held at the meeting) and the
post is dropped. Read only when the part before the dash is a person and the post is not
itself bracketed, so a sentence with a dash in it is left alone.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import looks_like_a_person

#: "Councillor Ann Reid (Chair)      - Cabinet Member for ...": name, gap, dash, post
DASH_ROW = re.compile(
    r"^(?P<name>[A-Z][^\t()–—-]{2,80}?(?:\s\([^()]{1,40}\))?)[ \t]{3,60}[-–—]\s"
    r"(?P<post>\S.{1,160})$"
)
#: how far a wrapped line of the post may stand from the post's column
COLUMN_SLACK = 2
#: most lines a post wraps onto
MAX_WRAPS = 3


def _person(name: str) -> bool:
    bare = re.sub(r"\s\([^()]*\)$", "", name).strip()
    return bool(STARTS_WITH_TITLE.match(bare)) or looks_like_a_person(bare)


def dash_post_rows(preamble: list[Line]) -> list[Line]:
    """The preamble with every such row rewritten and its post's wrapped lines taken out;
    the same lines when there is none."""
    out: list[Line] = []
    n = 0
    while n < len(preamble):
        line = preamble[n]
        match = DASH_ROW.match(line.text.strip()) if len(line.text) <= 300 else None
        if match is None or "(" in match["post"] or not _person(match["name"]):
            out.append(line)
            n += 1
            continue
        column = line.text.index(match["post"], len(line.text) - len(line.text.lstrip()))
        post = [match["post"].strip()]
        k = n + 1
        while k < len(preamble) and k - n <= MAX_WRAPS:
            below = preamble[k].text
            indent = len(below) - len(below.lstrip())
            if not below.strip() or abs(indent - column) > COLUMN_SLACK:
                break
            post.append(below.strip())
            k += 1
        name = match["name"].strip()
        capacity = "" if name.endswith(")") else f" ({' '.join(post)})"
        out.append(Line(line.number, f"{name}{capacity};"))
        n = k
    return out
