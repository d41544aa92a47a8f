"""The letterhead of a paper flattened onto one line, before its opening on that line.

A document host's copy of minutes may print the whole paper on one line: "RAVENSHOLT
BOROUGH COUNCIL MINUTES OF THE MEETING OF THE CABINET HELD ON ...". `flattened-page`
cuts it back into pieces that all keep the source line's number, so a letterhead cut off
the opening shares the opening's number and is not "above" it by number: the meeting
was filed under "CABINET" alone. The opening's own piece is the first piece of its
number that names its body; the pieces before it are above it, as lines would be.
"""

from __future__ import annotations

from ..model import Line
from .text import plain


def opening_piece(lines: list[Line], number: int, body: str) -> int | None:
    """The index in `lines` of the piece of line `number` that holds the opening naming
    `body`, when that line was cut into several pieces; None for a line of its own (or
    none naming the body), where numbers alone say what is above."""
    pieces = [k for k, line in enumerate(lines) if line.number == number]
    if len(pieces) < 2:
        return None
    wanted = " ".join(plain(body).lower().split())
    if not wanted:
        return None
    return next(
        (k for k in pieces if wanted in " ".join(plain(lines[k].text).lower().split())), None
    )
