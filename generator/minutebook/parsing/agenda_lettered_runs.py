"""Items lettered A, B, C with no stop after the letter, each title alone on its line.

A web agenda may letter the items of a section under a numbered heading, the letter and
the title on a line of their own and the item's description on the lines below:

    1 Opening Business

    A Apologies

    B Election of Chair
    Members are invited to elect a Chair for the coming year.

Without a stop after the letter the line reads like a sentence opening with "A" ("A
Member asked ..."), so such lines are items only as a run: the letters follow on from A
(three at least), each line short, in title case, ending with no stop, and each starting
a block (after a blank line). Lines of one run are read as "A. Apologies" would be.
"""

from __future__ import annotations

import re

from ..model import Line
from .agenda_items import ItemLine, reads_as_title

#: "B Election of Chair": a capital, a gap, a title in title case (no stop after the letter)
LETTER_THEN_TITLE = re.compile(r"^(?P<code>[A-Z])[ \t]{1,4}(?P<title>[A-Z][a-z'’][^.]{0,120})$")
#: Letters at least in a run
MIN_RUN = 3
#: Lines at most between two lettered items of a run (the description between them)
MAX_GAP = 8
#: Words at most in a lettered title
MAX_WORDS = 12


def _lettered(text: str) -> ItemLine | None:
    """The lettered item a line may print ("C Election of Deputy Chair"), or None."""
    match = LETTER_THEN_TITLE.match(text.strip())
    if match is None:
        return None
    title = match["title"].rstrip()
    words = title.split()
    if len(words) > MAX_WORDS or not all(w[:1].isupper() for w in words if len(w) > 3):
        return None
    return ItemLine(match["code"], title, None) if reads_as_title(title) else None


def lettered_runs(lines: list[Line]) -> dict[int, ItemLine]:
    """The lettered items of runs A, B, C ... by their lines' numbers; empty when none."""
    found: dict[int, ItemLine] = {}
    run: list[tuple[int, ItemLine]] = []
    last = -MAX_GAP - 1
    for n, line in enumerate(lines):
        starts_block = n == 0 or not lines[n - 1].text.strip()
        item = _lettered(line.text) if starts_block else None
        if item is None:
            continue
        expected = chr(ord(run[-1][1].code) + 1) if run else "A"
        if item.code != expected or n - last > MAX_GAP:
            if len(run) >= MIN_RUN:
                found.update(run)
            run = []
            if item.code != "A":
                continue
        run.append((line.number, item))
        last = n
    if len(run) >= MIN_RUN:
        found.update(run)
    return found
