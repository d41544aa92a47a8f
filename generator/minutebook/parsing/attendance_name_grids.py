"""Members present printed as a grid of forenames and surnames, four to a row, untitled.

A harbour board's or a forum's minutes may set those present as a table of several
columns, each cell a forename and a surname and no title, the chair on the label's line:

    Present Ann Reid (Chairman)

    Ben Moss Cara Lowe Dan Pym Eve Hart

    Fay Dunn Gil Ives

    Officers

    Hal Amos Ian Bell

Converted to text, a row is one line of capitalised words with nothing between the names.
Each row of an even number of words (one to six names) under such a label is rewritten
with commas between its pairs ("Ben Moss, Cara Lowe, Dan Pym, Eve Hart"), and "Present"
stands alone with its colon over the chair's name, the forms the list reader knows. (A
table of two columns flattened row by row, "Present: Members Ann Reid (Chairman)" over
one line of twenty names, is read the same way.) Only a run of rows right under the
label counts, every word a capitalised name word (no title, no figure, no word in lower
case), at least `MIN_NAMES` names in all: a heading of two words is never one.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import IS_TITLE

#: "Present Ann Reid (Chairman)": the label without its colon before an untitled name;
#: or with it and the table's "Members" heading ("Present: Members Ann Reid (Chairman)")
PRESENT_NAME = re.compile(
    r"^(?P<label>Present|PRESENT)(?:\s*:\s*Members\s+|\s+)(?=[A-Z][a-z]+\s[A-Z][a-z])"
)
#: A grid row: capitalised words only (a name word may hold a hyphen or an apostrophe); a
#: table of two columns flattened row by row runs to 24 names on one line
ROW = re.compile(r"^(?:[A-Z][a-z][\w'’-]{0,30}\s){1,47}[A-Z][a-z][\w'’-]{0,30}$")
#: A group's label alone inside the grid ("Officers", "In attendance")
GROUP_LABEL = re.compile(r"^(?:Officers|In\s+attendance|Also\s+present|Apologies)\s*:?$", re.I)
#: Fewest names in the grid's rows; lines under the label a grid may run to at most
MIN_NAMES = 4
GRID_LINES = 80


def _pairs(text: str) -> str | None:
    """A row's names parted by commas, when it is a grid row of whole pairs."""
    words = text.split()
    if ROW.match(text) is None or len(words) % 2 or any(IS_TITLE.match(w) for w in words):
        return None
    return ", ".join(" ".join(words[k : k + 2]) for k in range(0, len(words), 2))


def name_grid_rows(lines: list[Line]) -> list[Line]:
    """The lines with a "Present" label's grid of names rewritten (see the module's
    docstring); the lines as they are when there is none."""
    out = list(lines)
    for n, line in enumerate(lines):
        label = PRESENT_NAME.match(line.text.strip())
        if label is None:
            continue
        rows: list[tuple[int, str]] = []
        for k in range(n + 1, min(len(lines), n + 1 + GRID_LINES)):
            text = lines[k].text.strip()
            if not text or GROUP_LABEL.match(text):
                continue
            pairs = _pairs(text)
            if pairs is None:
                break
            rows.append((k, pairs))
        if sum(row.count(",") + 1 for _, row in rows) < MIN_NAMES:
            continue
        for k, pairs in rows:
            out[k] = Line(lines[k].number, pairs)
        rest = line.text.strip()[label.end() :]
        # the label alone over its names, the chair's name a row of its own
        return [
            *out[:n],
            Line(line.number, f"{label['label']}:"),
            Line(line.number, rest),
            *out[n + 1 :],
        ]
    return out
