"""An attendance register flattened: each member after "P" (present) or "A" (absent).

A city council's minutes may open with the register of the whole council as a table, a
column of marks beside the members: "P" for present, "A" for absent, the civic heads by
office first ("P | The Lord Mayor Councillor A Reid", "P | The Mayor, B Moss", "A |
Councillor C Lowe"). Converted, the table runs on along one line, often straight after
the meeting's sentence: "... HELD AT 6.00 PM ON 10TH SEPTEMBER 2013 P The Lord Mayor
Councillor A Reid P The Mayor, B Moss P Councillor D E Hart A Councillor C Lowe ...".

A mark is a lone "P" or "A" before a title, "The" or a forename and surname; a lone
capital inside a name is an initial ("Councillor P Hart": "P" before "Hart" and no second
word). The run must hold at least `MIN_ENTRIES` marks and most entries must be titled;
it is rewritten as the labelled lists the reader knows, "Present: ...; ..." and "Absent:
...; ...", each on a line of the same number, the words before the run kept on their own.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: A mark: a lone P or A before a title, "The" or a forename and surname
MARK = re.compile(
    r"(?:^|(?<=\s))(?P<mark>[PA])\s(?=(?:The|Councillor|Cllr\.?|Alderman|Mr|Mrs|Ms|Miss|Dr|Sir"
    r"|Dame|Lord|Lady|Baroness|Professor)\s|[A-Z][a-z]+\s[A-Z][a-z])"
)
#: A title opening an entry
TITLED = re.compile(
    r"^(?:The|Councillor|Cllr\.?|Alderman|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness"
    r"|Professor)\s"
)
#: A label after the run's last entry: "Also in Attendance:", "Officers:"
NEXT_LABEL = re.compile(
    r"\s(?=(?:Also|In|Officers?|Apologies|Present|Absent|Others?|Substitutes?|Observers?)\b"
    r"[A-Za-z ]{0,30}:)"
)
#: Fewest marks read as a register
MIN_ENTRIES = 6
#: Longest entry between two marks
MAX_ENTRY = 80
#: Longest line looked at
MAX_LINE = 20000
LABELS = {"P": "Present", "A": "Absent"}


def register_lines(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with each flattened register rewritten as its lists (see above); the lines
    as they are when none holds one. Nothing is furniture: every word stays."""
    out: list[Line] = []
    for line in lines:
        found = _register(line.text) if len(line.text) <= MAX_LINE else None
        if found is None:
            out.append(line)
            continue
        before, entries, after = found
        if before.strip():
            out.append(Line(line.number, before.rstrip()))
        for mark in ("P", "A"):
            names = [entry for m, entry in entries if m == mark]
            if names:
                out.append(Line(line.number, f"{LABELS[mark]}: {'; '.join(names)}"))
        if after:
            out.append(Line(line.number, after))
    return out, []


def _register(text: str) -> tuple[str, list[tuple[str, str]], str] | None:
    """(the words before the run, each entry's mark and text, the words after it) of a
    line holding a register; None when it holds none."""
    if text.count(" P ") + text.count(" A ") < MIN_ENTRIES:
        return None  # cheap test first
    marks = list(MARK.finditer(text))
    if len(marks) < MIN_ENTRIES:
        return None
    entries: list[tuple[str, str]] = []
    after = ""  # what follows the run: the next label and its list
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        entry = text[mark.end() : end].strip()
        label = NEXT_LABEL.search(entry) if n + 1 == len(marks) else None
        if label is not None:  # "... P Cllr A Reid Also in Attendance: Alderman B Moss"
            entry, after = entry[: label.start()], entry[label.start() :].strip()
        entry = entry.rstrip(".")
        if not entry or len(entry) > MAX_ENTRY:
            return None
        entries.append((mark["mark"], entry))
    titled = sum(1 for _, entry in entries if TITLED.match(entry))
    if 3 * titled < 2 * len(entries):
        return None
    return text[: marks[0].start()], entries, after
