"""The letterhead of a paper flattened onto one line, before its opening on that line.

A document host's copy of minutes may print the whole paper on one line: "RAVENSHOLT
BOROUGH COUNCIL MINUTES OF THE MEETING OF THE CABINET HELD ON ...". `flattened-page`
cuts it back into pieces that all keep the source line's number, so a letterhead cut off
the opening shares the opening's number and is not "above" it by number: the meeting
was filed under "CABINET" alone. The opening's own piece is the first piece of its
number that names its body; the pieces before it are above it, as lines would be.

For the same reason two openings read on one flattened line tie on their line number: a
later sentence ("7. Date of Next Meeting ... will be held on 6 November") took the place
of the front sheet's "Meeting: X Date: D" fields before it, and a host's title over the
line then won with its own date. `piece_order` says which was printed first.
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


def piece_order(lines: list[Line], number: int, body: str) -> int:
    """Where the opening naming `body` stands among the pieces of its flattened line
    `number`, to order openings that share the number; 0 for a line of its own."""
    piece = opening_piece(lines, number, body)
    return 0 if piece is None else piece
