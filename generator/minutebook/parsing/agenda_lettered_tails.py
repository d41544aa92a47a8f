"""An item's title followed, after a colon, by the lettered heads of what it covers.

An agenda may print the headings an item takes in, lettered, after its title: "5.
Declarations of Interests by Members and Officers: - (see note below) (a) Disclosable
Pecuniary Interests (b) Private Interests". Where the line breaks survive, the lettered
heads stand on lines of their own under the title; when they are lost, the heads run on
after it. The item is the title before the colon; the heads and a "(see note below)"
pointer are no part of it (they stay on the paper's page). A title that only holds a
lettered list inside a sentence ("To (a) confirm ..., (b) check ...") has no colon
before its "(a)" and is left whole.
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts

#: ": - (see note below) (a) ", ": (a) ", ":- (i) ": a colon, an optional dash and aside in
#: brackets, then the first lettered head
LETTERED_TAIL = re.compile(
    r"\s{0,2}:\s{0,2}[-–]?\s{0,3}(?:\((?:see|please\s+see)\s[^()]{1,40}\)\s{1,3})?"
    r"\((?:a|i)\)\s{1,3}[A-Z].{0,400}\s\((?:b|ii)\)\s",
    re.IGNORECASE,
)
#: Characters a title keeps at least before its lettered heads
MIN_TITLE = 8


def without_lettered_heads(items: list[AgendaItemFacts]) -> None:
    """Cut each title at the colon before its run-on lettered heads ("(a) ... (b) ...")."""
    for item in items:
        tail = LETTERED_TAIL.search(item.title)
        if tail is not None and tail.start() >= MIN_TITLE:
            item.title = item.title[: tail.start()].rstrip()
