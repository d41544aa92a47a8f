"""Minutes printed as a table: the subject in the first column, the record beside it.

Community councils often keep their minutes in a table of three columns, the subject, what
was said and decided, and who is to act, with no numbers:

    |Approve minutes |Proposed by Ann, seconded by Ben | |
    | Police Scotland | PC Reid told the meeting that ... | |
    | |road, there was nothing to report. | |
    |Election Results and |Nominations closed on 23rd August ... | |
    |election of office |... | |

Cleaning prints each cell of such a row on a line of its own, the row's line number on
each (`parsing/cleaning.py`), so a row opening with its subject is a short title over the
record's first words on the same source line. `subject_column_headings` reads each such
row as an unnumbered minute, the subject its title (joined with the cells that carry it
on: one ending on a joining word, the next opening in small letters); the attendance
rows ("Present:", "Apologies") are the list's. It is the last reading tried, when no
heading of any other form is found, and only with MIN_ROWS such rows.
"""

from __future__ import annotations

import re

from ..model import Line

#: The attendance rows a table of minutes opens with: the list's labels
ATTENDANCE_CELL = re.compile(
    r"^(?:present|apologies(?:\s+for\s+absence)?|in\s+attendance|also\s+present|absent"
    r"|attendance)\s*:?",
    re.IGNORECASE,
)
#: Words a subject's cell may end on when its subject goes on in the row below
JOINING = frozenset({"and", "of", "the", "for", "to", "in", "on", "&", "with"})
#: A cell carrying a subject on, then its record after a tab: "election of office\t..."
CARRIED = re.compile(r"^(?P<more>[a-z][^\t]{0,60})\t")
#: Subjects such a table holds at least
MIN_ROWS = 3
#: Words a subject holds at most
MAX_WORDS = 12


def _subject(lines: list[Line], k: int) -> bool:
    """Whether line `k` is a row's subject cell: a short title with the record's words on
    the next line, printed from the same source line."""
    if k + 1 >= len(lines) or lines[k + 1].number != lines[k].number:
        return False
    cell, record = lines[k].text.strip(), lines[k + 1].text.strip()
    if not cell[:1].isupper() or not record or len(cell.split()) > MAX_WORDS:
        return False
    return not cell.endswith((".", ",", ";")) and ATTENDANCE_CELL.match(cell) is None


def subject_column_headings(lines: list[Line], start: int = 0) -> list[tuple[int, str]]:
    """(index, title) of each minute of a subject-column table (see the module's
    docstring); [] when the lines are no such table."""
    found: list[tuple[int, str]] = []
    for k in range(start, len(lines)):
        if (k > 0 and lines[k - 1].number == lines[k].number) or not _subject(lines, k):
            continue
        title = lines[k].text.strip()
        for below in lines[k + 2 : k + 8]:
            carried = CARRIED.match(below.text.strip())
            last = title.rsplit(None, 1)[-1].lower()
            if carried is None or (last not in JOINING and not carried["more"][:1].islower()):
                break
            title = f"{title} {carried['more'].strip()}"
        found.append((k, title))
    return found if len(found) >= MIN_ROWS else []
