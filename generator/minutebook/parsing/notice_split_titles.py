"""A notice of meeting whose sentence is broken over the title lines above its fields.

Some front sheets print the notice's formula round the body's name, one piece a line:
"A meeting of the" / "Northvale Joint Committee" / "will be held on", then "Date:",
"Time:" and "Place:" fields. The nearest title line is then the formula's tail, no name;
`body_in_split_notice` reads the name between the formula's two halves, and returns None
when the title lines are not printed so.
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain

#: the formula's head: "A meeting of the", "An extraordinary meeting of"
HEAD = re.compile(r"^an?\s+(?:\w+\s+){0,2}?meeting\s+of(?:\s+the)?$", re.IGNORECASE)
#: the formula's tail: "will be held on", "is to be held at:"
TAIL = re.compile(r"^(?:will|is\s+to|shall)\s+be\s+held(?:\s+(?:on|at|in))?\s*:?$", re.IGNORECASE)
#: Longest body name between the halves
MAX_NAME = 120


def body_in_split_notice(titles: list[Line]) -> str | None:
    """The body named between "A meeting of the" and "will be held on" (title lines
    nearest first: the tail, the name, the head); None otherwise."""
    if len(titles) < 3:
        return None
    tail, name, head = (plain(t.text).strip("# ").strip() for t in titles[:3])
    if not TAIL.match(tail) or not HEAD.match(head) or len(name) > MAX_NAME:
        return None
    return name or None
