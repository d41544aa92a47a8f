"""The decision word in capitals, with its dash or colon, run on after other words.

Town and parish clerks print a motion as a block: "PROPOSED by Cllr A" / "SECONDED by
Cllr B" / "RESOLVED – That ...", and a minute's heading over its "RESOLVED: ...". A paper
converted from PDF, or a page saved as text, often runs the block's lines together, so
the formula stands inside a line after the seconder's name or the heading, with no stop
before it: "SECONDED by Councillor B Lewis RESOLVED - That the Minutes be adopted",
"MINUTES OF THE LAST MEETING RESOLVED: The minutes were confirmed". The decision starts
at the formula.

Only the word in capitals, followed by its dash or colon and a capital: "resolved - "
in lower case is prose, and "RECOMMENDED:" inside a line is an officer's advice more
often than a decision. A sentence's stop before the formula is `AFTER_SENTENCE`'s
layout, and "RESOLVED that" inside a line `CAPITALS_IN_SENTENCE`'s.
"""

from __future__ import annotations

import re

#: The formula after a word (not a stop), with its mark and a capital after it.
RUN_ON = re.compile(
    r"(?<=[A-Za-z0-9’'])\s+(?P<formula>(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|DECIDED|ORDERED)"
    r"\s*(?:[:–—]|\s-)\s*[-–—]?\s*(?=[A-Z0-9“\"(]))"
)
#: How far into the line the formula may stand: a seconder's name or a heading.
REACH = 200


def formula_run_on(text: str) -> int | None:
    """Where the formula begins when it runs on inside the line after a seconder's name
    or a heading ("... SECONDED by Cllr B RESOLVED – That ..."), else None."""
    if "ED" not in text:
        return None  # cheap test first: the word is in capitals
    match = RUN_ON.search(text[: REACH + 40])
    if match is None or match.start("formula") > REACH:
        return None
    return match.start("formula")
