"""Bodies and the people they sent, "Body – Name & Name", with the breaks between rows lost.

An area board's or a forum's minutes list the town and parish councils (and other bodies)
represented, one a row, the body first and its people after a spaced dash:

    Fenby Parish Council – Ann Reid
    Wyke Town Council – Ben Moss & Carl Lowe
    Marsh Fire and Rescue Service – Dan Hart

Converted to text, the rows run on: "Fenby Parish Council – Ann Reid Wyke Town Council –
Ben Moss & Carl Lowe Marsh Fire and Rescue Service – Dan Hart". Each piece between two
dashes is then the names of one row and the body of the next. The names are read from the
piece's start: a name of two words (or a title and two words, or initials and a surname),
more of them while a comma, "&" or "and" follows; what is left is the next row's body,
which must end with a body's word ("Council", "Service", "Authority" ...). Each person is
read with their body as the capacity. Read only when the whole text is such rows, two
at least.
"""

from __future__ import annotations

import re

from ..vocabulary import TITLE
from .names_initials_runs import SURNAME

#: A spaced dash between a body and its people
DASH = re.compile(r"\s[-–—]\s")
#: One name at the piece's start: a title perhaps, then a forename (or initials) and a
#: surname; then what joins the next name to it, if any
NAME = re.compile(
    rf"(?:{TITLE}\s)?(?:[A-Z][a-z][\w'’-]{{0,30}}|(?:[A-Z]\.?\s?){{1,3}})\s"
    rf"{SURNAME}(?P<join>,\s(?:and\s)?|\s(?:&|and)\s)?"
)
#: A body's name: capitalised words (small joining words between), its last word one that
#: ends a body's name
BODY = re.compile(
    r"^[A-Z][\w'’&.-]*(?:\s(?:[A-Z][\w'’&./-]*|and|&|of|the|for))*\s"
    r"(?:Council|Authority|Police|Constabulary|Service|Trust|Board|Partnership|Agency"
    r"|Association|Society|Forum|Group|Meeting)$"
)
#: Fewest rows read so
MIN_ROWS = 2
#: Longest text read so
MAX_TEXT = 3000


def body_dash_rows(text: str) -> list[tuple[int, str, str]] | None:
    """'Fenby Parish Council – Ann Reid Wyke Town Council – Ben Moss & Carl Lowe': (offset,
    name, body) for each person; None unless the whole text is two or more such rows."""
    if len(text) > MAX_TEXT:
        return None
    dashes = list(DASH.finditer(text))
    if len(dashes) < MIN_ROWS:
        return None
    body = text[: dashes[0].start()].strip()
    if not BODY.match(body):
        return None
    people: list[tuple[int, str, str]] = []
    for n, dash in enumerate(dashes):
        end = dashes[n + 1].start() if n + 1 < len(dashes) else len(text)
        names, rest = _names(text, dash.end(), end)
        if not names:
            return None
        people.extend((at, name, body) for at, name in names)
        body = rest
        last = n + 1 == len(dashes)
        if (last and body.strip(" .")) or (not last and not BODY.match(body)):
            return None
    return people


def _names(text: str, start: int, end: int) -> tuple[list[tuple[int, str]], str]:
    """The names opening text[start:end] with their offsets, and the text left after
    them (the next row's body)."""
    names: list[tuple[int, str]] = []
    at = start
    while at < end:
        match = NAME.match(text, at, end)
        if match is None:
            break
        stop = match.start("join") if match["join"] else match.end()
        names.append((at, text[at:stop]))
        at = match.end()
        if not match["join"]:
            break
    return names, text[at:end].strip()
