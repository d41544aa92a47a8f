"""Members one a line, each forename and surname then the council that sent them.

A police and crime panel (or another joint body) prints those present as a table of two
columns, the member and the council that appointed them, shortened ("DC", "BC", "CC"), or
"Independent" for a co-opted member. Converted to text, each row is one line with nothing
between the name and the council, and no title to say where the name starts:

    Present:
    Ann Reid Wyke DC
    Ben St Clair East Fenshire CC
    Cara Lowe OBE Hexton BC
    Dan Pym* Independent

The name is the first two words (a capitalised particle, "St", "De", "Van", joins the
surname to its next word; an honour stays with the name; a footnote's mark is dropped),
and the rest of the row is the council: its capacity. Each row is rewritten "Ann Reid
(Wyke DC)", the form the list reader gives a council after a name. Rows are read so only
in a run of at least `MIN_ROWS` of them right under a label of those present, so that a
sentence or a heading of two capitalised words is never taken for one.
"""

from __future__ import annotations

import re

from ..model import AttendanceRole, Line
from ..vocabulary import HONOUR
from .attendance_hanging_label import Labeller

#: a capitalised surname particle joining the surname to the word after it
PARTICLE = r"(?:St\.?|De|Du|Da|Di|Le|La|Van|Von|Mac|Ó|Ní)"
#: forename, surname (maybe with its particle), an honour, a footnote's mark, the council
ROW = re.compile(
    rf"^(?P<name>[A-Z][a-z][\w'’-]{{0,20}}\s(?:{PARTICLE}\s)?[A-Z][\w'’-]{{1,30}}"
    rf"(?:\s{HONOUR})*)\*?"
    r"\s(?P<council>(?:[A-Z][\w'’&-]{1,20}\s(?:and\s)?){0,4}(?:[MLR]?BC|DC|CC|UA|Council)"
    r"|Independent(?:\sMember)?|Co-opted(?:\sMember)?)$"
)
#: the fewest rows that make the layout
MIN_ROWS = 3
#: the longest row
MAX_ROW = 120


def forename_council(text: str) -> str | None:
    """'Ann Reid Wyke DC' rewritten 'Ann Reid (Wyke DC)'; None for any other line."""
    match = ROW.match(text.strip()) if len(text) <= MAX_ROW else None
    return f"{match['name']} ({match['council']})" if match else None


def forename_council_rows(lines: list[Line], label_of: Labeller) -> list[Line]:
    """The lines with each run of "forename surname council" rows under a label of those
    present ("Present:" alone) rewritten with the council in a bracket; the lines as they
    are when there is none."""
    out = list(lines)
    n = 0
    while n < len(lines):
        label = label_of(lines[n].text.strip())
        n += 1
        if label is None or label[2] or label[1] is not AttendanceRole.PRESENT:
            continue
        rows: list[tuple[int, str]] = []
        while n < len(lines):
            text = lines[n].text.strip()
            rewritten = forename_council(text) if text else ""
            if rewritten is None:
                break
            if rewritten:
                rows.append((n, rewritten))
            n += 1
        if len(rows) >= MIN_ROWS:
            for k, rewritten in rows:
                out[k] = Line(lines[k].number, rewritten)
    return out
