"""'Councillor A Reid remained in the meeting': what a member did about an interest, not a
declaration of one.

A declarations minute often follows a member's declaration with what they then did:

    Councillor A Reid declared an interest in item 6 as a governor of the college.
    Councillor A Reid remained in the meeting and took part in the debate thereon.

The second sentence opens with the member's name like a declaration put in other words
("Councillor B Moss informed the Panel that ..."), but it says only whether they stayed,
left, spoke or voted: it declares nothing (the interest is the first sentence's). Nor
does a courtesy under the heading ("Cllr C Lowe passed on thanks to Cllr A Reid for
donating the land"). A sentence that names an interest or a declaration is read as before.
"""

from __future__ import annotations

import re

#: The verb after the name: staying, leaving, taking part or not, voting or not; or
#: thanking or welcoming someone
CONDUCT_VERB = re.compile(
    r"^(?:remained|stayed|left|withdrew|returned|re-?joined|abstained"
    r"|took\s+(?:no\s+)?part|did\s+not\s+(?:vote|speak|take\s+part|participate|remain)"
    # thanks and courtesies under the heading: "Cllr A passed on thanks to Cllr B for ..."
    r"|thanked|passed\s+on\s+(?:(?:his|her|their|the\s+Council's)\s+)?thanks|welcomed"
    r"|congratulated)\b",
    re.IGNORECASE,
)


def conduct_only(after_name: str) -> bool:
    """Whether the words after a member's name only say how they took part ("remained in
    the meeting", "left the room during the item"), naming no interest or declaration."""
    text = after_name.strip()[:400]
    if CONDUCT_VERB.match(text) is None:
        return False
    lowered = text.lower()
    return "interest" not in lowered and "declar" not in lowered
