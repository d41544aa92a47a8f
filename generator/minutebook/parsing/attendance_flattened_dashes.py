"""Guests listed "Name - Post, Body" with the line breaks between them lost.

A web page of minutes copied as one line runs the rows of its list of guests together:

    Others in attendance: Ann Reid - Chief Executive, Wyke District Council Ben Moss OBE -
    Chief Executive, Fenby Borough Council Carl Lowe - Clerk, Wyke District Council Call-in
    Unless stated otherwise ...

Each row is a name, a spaced dash and the post. Where one row's body ends and the next
name begins is told by the body's last word ("Council", "Authority", "Police" ...): the
name is the capitalised words after it, before the dash. The last row's post ends at
its body's last word too; the page's next text follows it.
"""

from __future__ import annotations

import re

from ..vocabulary import HONOUR, ORGANISATION_WORDS

#: a name of two or three capitalised words (an honour after it) before a spaced dash
NAME_DASH = re.compile(
    rf"(?P<name>[A-Z][\w'’-]{{1,30}}(?:\s[A-Z][\w'’-]{{1,30}}){{1,2}}(?:\s{HONOUR})?)\s[-–]\s"
)
#: a body's last word, closing a post ("..., Wyke District Council")
BODY_END = re.compile(
    r"\b(?:Council|Authority|Police|Constabulary|Service|Trust|Board|Partnership|Office|LLP|Ltd)\b"
)
MIN_ROWS = 3
MAX_POST = 120


def dash_rows(text: str) -> list[tuple[int, str, str]] | None:
    """(offset, name, post) of each row run on in `text`, which must open with the first
    name; None unless three rows at least are found, each post closed by a body."""
    rows: list[tuple[int, str, str]] = []
    match = NAME_DASH.match(text)
    while match is not None and len(rows) < 200:
        start, name, after = match.start("name"), match["name"], match.end()
        nxt = _next_name(text, after)
        if nxt is None:  # the last row: its post ends at its body's last word
            end = BODY_END.search(text, after, after + MAX_POST)
            if end is None:
                break
            rows.append((start, name, text[after : end.end()].strip()))
            break
        post = text[after : nxt.start("name")].strip()
        if len(post) > MAX_POST or not BODY_END.search(post.split()[-1] if post else ""):
            return None
        rows.append((start, name, post))
        match = nxt
    if len(rows) < MIN_ROWS:
        return None
    if any(w.lower() in ORGANISATION_WORDS for _, name, _ in rows for w in name.split()):
        return None  # "District Council" read as a name: not this layout
    return rows


def _next_name(text: str, start: int) -> re.Match[str] | None:
    """The next "Name - " after a body's last word, within a post's length; the name is
    only the words after that word."""
    for end in BODY_END.finditer(text, start, start + MAX_POST):
        match = NAME_DASH.match(text, end.end() + 1)
        if match is not None and end.end() < len(text) and text[end.end()] == " ":
            return match
    return None
