"""Groups of those present headed "Label:-", and a group's names by initials run on.

A district council may print its members present under group headings closed by a colon
and a dash, each alone on its line, and the names of the group as a table flattened into
one run of initials and surnames with no commas:

    Present: Councillor Mrs A Reid – Chairman

    Members:-

    Councillors:-

    R C Abbot Mrs L Birch A A J Cole K F J Dunn Ms J H Eyre

The colon and dash close the heading as a colon does ("Councillors:"), and the run under
a heading alone is its names (`initials_entries`), three at least, rewritten with commas.
A line that is not all such names stays as printed.

A borough may print its councillors under "COUNCILLORS:" as a grid of surnames, three to a
row, initials only where two share a surname ("Abbot Birch R W Cole", "G Hart Ives
A Lowe"): under such a plural title alone, each row of capitalised surnames and
initials is its names (`surname_row`), initials going with the surname after them,
rewritten as a list of its own after the plural title ("Councillors Abbot, Birch, R W
Cole"); the grid ends at the first line that is no such row.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import CAPITALISED_NAME_WORD, IS_TITLE
from .attendance_initials_run import initials_entries
from .spaced_rolls import BUSINESS_WORD

#: "Councillors:" or "Members:-" alone: a group's heading (closed by a colon, perhaps a
#: dash after it), the names below belonging to it
HEADING_ALONE = re.compile(r"^(?P<heading>\s*[A-Z][\w'’ -]{0,60}?)\s*:(?P<dash>-)?\s*$")
#: The councillors' plural title alone as a group's heading: "COUNCILLORS:", "Aldermen:"
PLURAL_HEADING = re.compile(r"^\s*(?P<title>COUNCILLORS|Councillors|ALDERMEN|Aldermen)\s*:-?\s*$")
#: A surname in a grid row ("Akers-Belcher", "McTigue"), or an initial ("R", "W.")
SURNAME = re.compile(rf"^{CAPITALISED_NAME_WORD}$")
INITIAL = re.compile(r"^[A-Z]\.?$")
#: Most names in one row of the grid; most rows read
ROW_NAMES = 4
GRID_ROWS = 40
#: Fewest names in a run read as a group's list
MIN_NAMES = 3
#: The longest run read so
MAX_TEXT = 3000


def surname_row(text: str) -> list[str] | None:
    """A grid row's names ("G Hart Ives A Lowe" -> "G Hart", "Ives", "A Lowe"): each
    surname with the initials before it; None when a word is neither, a title or a word
    of business ("Apologies") stands in the row, it ends on an initial or it holds too
    many names."""
    if BUSINESS_WORD.search(text):
        return None
    names: list[str] = []
    initials: list[str] = []
    for word in text.split():
        if INITIAL.match(word):
            initials.append(word)
        elif SURNAME.match(word) and not IS_TITLE.match(word) and not word.isupper():
            names.append(" ".join([*initials, word]))
            initials = []
        else:
            return None
    if initials or not names or len(names) > ROW_NAMES:
        return None
    return names


def _surname_grid(lines: list[Line], out: list[Line], start: int, title: str) -> None:
    """Rewrite each row of a surname grid under the heading at `start - 1` with commas,
    after the heading's plural title (each row a list of its own, as printed)."""
    for k in range(start, min(len(lines), start + 2 * GRID_ROWS)):
        text = lines[k].text.strip()
        if not text:
            continue
        names = surname_row(text)
        if names is None:
            return
        out[k] = Line(lines[k].number, f"{title} {', '.join(names)}")


def group_runs(lines: list[Line]) -> list[Line]:
    """The lines with each heading's ":-" made a colon and each run of initials under a
    heading alone given its commas (see above); the lines as they are when none is."""
    out = list(lines)
    above = ""  # the last line with text
    for n, line in enumerate(lines):
        text = line.text
        if not text.strip():
            continue
        heading = HEADING_ALONE.match(text)
        if heading is not None and heading["dash"]:
            out[n] = Line(line.number, f"{heading['heading'].rstrip()}:")
        plural = PLURAL_HEADING.match(text)
        if plural is not None:  # "COUNCILLORS:" over "Abbot Birch R W Cole"
            _surname_grid(lines, out, n + 1, plural["title"].capitalize())
        elif HEADING_ALONE.match(above) and len(text) <= MAX_TEXT:
            entries = initials_entries(text.strip())
            if entries is not None and len(entries) >= MIN_NAMES:
                out[n] = Line(line.number, ", ".join(entries))
        above = text
    return out
