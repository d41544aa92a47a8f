"""An officer's post as the label of their own attendance: "Clerk in attendance – Dan Hart".

Parish councils record their officers apart from the councillors, each under a label made
of the post and the words that say they came, often two or three to a row set apart by
runs of spaces:

    Clerk in attendance – Ann Reid   RFO in attendance - Ben Moss   Members of the Public – Two

Read as one list the row was no label the reader knows. `post_attending_rows` cuts such a
row into one line per cell (each keeping the row's number) and writes each officer's cell
as the label the reader knows, the holder first and the post in brackets ("In attendance:
Ann Reid (Clerk)"); the other cells stay as printed, on lines of their own. The post must
be an office (`names.is_office`), so "Cllrs in attendance:" stays the members' label, and
the holder a person's name ("Members of the Public in attendance – Two" is a count).
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import NAME_WORD, TITLE
from .attendance_office_pairs import GAP  # the gap between two cells of a row
from .names import is_office

#: "Clerk in attendance – Ann Reid", "The Parish Clerk in attendance: Mrs B Moss"
POST_ATTENDING = re.compile(
    r"^(?:[Tt]he\s+)?(?P<post>[A-Z][A-Za-z/&.' -]{1,50}?)\s+(?:was\s+)?in\s+attendance"
    r"\s{0,3}[:–—-]?\s{0,3}(?P<name>[A-Z][\w.'’ -]{1,80}?)[.,;]?$"
)
#: the holder: a titled surname ("Mrs Hart"), or names with or without a title
HOLDER = re.compile(
    rf"^(?:{TITLE}\s+{NAME_WORD}|(?:{TITLE}\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})$"
)
#: Longest row read
MAX_ROW = 400


def attending_post(cell: str) -> str | None:
    """The cell written "In attendance: Name (Post)" when it is an officer's post labelling
    their own attendance (`POST_ATTENDING`); None for any other cell."""
    found = POST_ATTENDING.match(cell.strip())
    if found is None or not is_office(found["post"]) or not HOLDER.match(found["name"].strip()):
        return None
    return f"In attendance: {found['name'].strip()} ({found['post'].strip()})"


def post_attending_rows(lines: list[Line]) -> list[Line]:
    """The lines with each row holding an officer's "Post in attendance – Name" cut into its
    cells, one a line, each such cell written as the reader's label."""
    out: list[Line] = []
    for line in lines:
        cells = GAP.split(line.text.strip()) if len(line.text) <= MAX_ROW else []
        written = [attending_post(cell) for cell in cells]
        if not any(written):
            out.append(line)
            continue
        out.extend(Line(line.number, w or c) for c, w in zip(cells, written, strict=True))
    return out
