"""The clerk printed under a label of the post, below the members present.

Parish and community councils list their members under "Present:" and then the clerk on a
line of the post's own, the name after its colon:

    Present: Councillors A Reid (Chairman), B Moss and C Lowe
    Clerk: Dawn Hart
    Clerk and RFO: Mr E Ward

Read as a group of the list above, the clerk would count as a member present. The clerk
is the council's officer, in attendance: a group naming the clerk's post gives its names
that role. So does a clerk named inside the members' own run ("C Lowe, D Hart (Clerk)"):
a present entry whose capacity is only the clerk's post is in attendance (`CLERK`).
"""

from __future__ import annotations

import re

#: "Clerk", "Parish Clerk", "Town Clerk and RFO", "Clerk to the Council", "Locum Clerk"
CLERK = re.compile(
    r"^(?:(?:parish|town|community\s+council|deputy|assistant|locum|acting|interim)\s+)?clerk"
    r"(?:\s+to\s+the\s+(?:parish\s+|town\s+)?council)?"
    r"(?:\s*(?:/|&|and)\s*(?:rfo|responsible\s+financ\w+\s+officer|proper\s+officer))?$",
    re.IGNORECASE,
)


def clerk_group(group: str) -> bool:
    """Whether a group's heading names the clerk's post ("Clerk", "Clerk and RFO")."""
    return len(group) <= 80 and CLERK.match(group.strip()) is not None
