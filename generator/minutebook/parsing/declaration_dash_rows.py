"""Members and the items they declared in, "Councillors A and B – Item 17 ...", rows run on.

A parish council's declarations minute lists, under "Declarations of interest were
received from:", one row for each item: the members who declared (under a plural title,
or one titled member), a spaced dash, and the item. Flattened, the rows run on along one
line:

    Councillors Reid and Mrs Moss & Lowe - Item 17 Summer Play Scheme Councillors Reid
    and Lowe – Item 14b Clerk's Report Councillor Mrs Hart – Quotations for new gates.

Each row starts at a title after the previous row's dash; the names before the row's own
dash declared in what follows it. A plural title gives the names as printed without it
("Councillors Reid and Mrs Moss" → "Reid", "Mrs Moss"); a singular title stays with its
name. Read only under a sentence ending with a colon that says what the names declared
(the minute's "... were received from:") or straight under the heading (below), and only
when every row has its dash: a member declaring in two items is two declarations, one on
each row. A community council may print the rows straight under the minute's heading ("3
Declarations of Interest" over "Councillors S Dolman – Church House"): the heading then
says what they declared.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import DeclarationFacts, Line
from ..vocabulary import PLURAL_TITLE, TITLE

#: A row's title: plural ("Councillors", "Cllrs") or singular ("Councillor", "Cllr")
ROW_TITLE = re.compile(r"(?<!\S)(?P<title>Councillors|Cllrs\.?|Councillor|Cllr\.?)\s+(?=[A-Z])")
#: The dash between a row's names and its item (an en or em dash may lose the space
#: before it: "G Wilkinson– Scouting Hut")
DASH = re.compile(r"\s[-–—]\s|(?<=\w)[–—]\s")
#: A title inside a row's names: names of a column run on, not one row's
TITLE_INSIDE = re.compile(rf"\b(?:{PLURAL_TITLE}|{TITLE})\s+[A-Z]")
#: What joins the names of a row
JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
#: The longest row's names
MAX_NAMES = 120
#: Longest line read
MAX_LINE = 3000


def dash_rows(
    body: list[Line], minute: str, explained: Callable[[list[Line], int], str | None]
) -> list[DeclarationFacts]:
    """The declarations of the rows on each line of the minute that opens with a titled
    row and stands under a sentence `explained` reads (what the rows declared), or that
    opens the minute's text, under its heading, with rows only before it."""
    found: list[DeclarationFacts] = []
    leading = True  # no line but rows yet: the heading says what they declared
    for k, line in enumerate(body):
        text = line.text.strip()
        rows = _rows(text) if len(text) <= MAX_LINE else None
        if not rows:
            leading = leading and not text
            continue
        if leading and any(TITLE_INSIDE.search(" ".join(names)) for names, _ in rows):
            leading = False  # "Cllr R Moss Cllr T Moss - ...": a column of names run on
        if not leading and explained(body, k) is None:
            continue
        for names, item in rows:
            found += [DeclarationFacts(name, item, line.number, minute) for name in names]
    return found


def _rows(text: str) -> list[tuple[list[str], str]] | None:
    """The rows of a line ("Councillors A and B - Item 17 ... Councillor C – ..."): each
    row's names and its item; None unless the line opens with a titled row and every row
    has its dash."""
    starts = [m for m in ROW_TITLE.finditer(text)]
    if not starts or starts[0].start() != 0:
        return None
    rows: list[tuple[list[str], str]] = []
    at = 0
    while at < len(text):
        title = ROW_TITLE.match(text, at)
        dash = DASH.search(text, at, at + MAX_NAMES) if title else None
        if title is None or dash is None:
            return None
        # the next row: a title after this row's dash
        after = next((m for m in starts if m.start() > dash.end()), None)
        end = after.start() if after else len(text)
        names = text[title.end() : dash.start()]
        plural = title["title"].startswith(("Councillors", "Cllrs"))
        pieces = [p.strip() for p in JOIN.split(names) if p.strip()]
        if not plural:
            pieces = [f"{title['title']} {pieces[0]}", *pieces[1:]] if pieces else []
        rows.append((pieces, text[dash.end() : end].strip()))
        at = end
    return rows if rows and all(names for names, _ in rows) else None
