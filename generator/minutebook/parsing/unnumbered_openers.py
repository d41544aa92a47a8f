"""Standing items printed unnumbered before minutes whose numbering starts at 2 or so.

Some joint committees and panels print the meeting's standing business (apologies,
declarations of interest, a welcome) under plain headings of their own, then number the
minutes from the first item of substance, the numbering counting the standing items it
left unprinted:

    Apologies for Absence

    Cllr A Reid (Tarnside Borough Council).

    Declarations of Interest

    None were declared.

    2. Election of Chair

A numbering that opens above 1 says business came before it; a standard title on a line
of its own above the first numbered heading is that business, a minute without a number.
`with_unnumbered_openers` adds such headings only when the first numbered minute is low
(2 to `MAX_OPENING_NUMBER`), so minutes continuing a yearly series ("177.") and a
preamble's labels in papers numbering from 1 are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line
from .minute_headings import MinuteHeading, order_key

#: The highest number the first numbered minute may bear for unnumbered items before it
MAX_OPENING_NUMBER = 4
#: The standing business a meeting takes before its numbered items (case ignored)
OPENING_TITLE = re.compile(
    r"^(?:welcome(?:\s+and\s+introductions?)?|apologies(?:\s+for\s+absence)?|"
    r"(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,2}interests?)\b",
    re.IGNORECASE,
)


def with_unnumbered_openers(
    lines: list[Line],
    start: int,
    found: list[MinuteHeading],
    unnumbered: Callable[[list[Line], int, str], MinuteHeading | None],
) -> list[MinuteHeading]:
    """The headings `found`, with the standing items printed unnumbered above the first
    (`unnumbered` reads a plain heading) when its number is 2 to `MAX_OPENING_NUMBER`."""
    if not found or found[0].number is None:
        return found
    key = order_key(found[0].number)
    if key is None or len(key) != 1 or not 2 <= key[0] <= MAX_OPENING_NUMBER:
        return found
    added = [
        h
        for k in range(start, found[0].index)
        if (h := unnumbered(lines, k, "")) is not None and OPENING_TITLE.match(h.title)
    ]
    return [*added, *found] if added else found
