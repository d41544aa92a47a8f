"""A meeting's body read from a line that names no body: the summons's sentence or the
page's own heading.

An opening takes its body from the title over the dated line. A parish's summons broken
over lines puts its sentence there ("Much Fenby Parish Council Meeting" / "Members
are summoned to the next Council meeting, held on" / "Wednesday 8th March 2031,"), and
a committee system's older page puts its own heading ("Meeting documents") over the date.
Neither is a body's name. The body is then the nearest line around the opening that is
one: a name ending in a body's noun ("Much Fenby Parish Council Meeting", "Notice of a
Meeting of the Cabinet"), its "Meeting" and the notice's words left out; none found, the
body stays as read.
"""

from __future__ import annotations

import re

from ..model import Line
from .meeting_list_pages import PAGE_HEADING  # "Meeting documents", "Agenda and minutes"
from .text import plain

#: A summons's or notice's verb: the line is a sentence, no name
NOTICE_VERB = re.compile(
    r"\b(?:are|is)\s+(?:hereby\s+)?(?:summoned|requested|invited|given)\b|\bwill\s+be\s+held\b",
    re.IGNORECASE,
)
#: "Much Fenby Parish Council Meeting", "Notice of a Meeting of the Cabinet": a line that
#: is a body's name, perhaps as a notice's or a meeting's (not the addressees' "To ...")
NAMED_LINE = re.compile(
    r"^(?!To\s)(?:Notice\s+of\s+(?:a|the)\s+)?(?:Meeting\s+of\s+(?:the\s+)?)?"
    r"(?P<body>(?:[A-Z][\w&'’ ,-]{0,80}?\s)?(?:Council|Committee|Sub-Committee|Panel|Board"
    r"|Authority|Cabinet|Executive|Forum|Partnership))(?:\s+Meeting)?$"
)
#: Lines either side of the opening searched for the body's name
REACH = 8


def not_a_body(body: str) -> bool:
    """Whether an opening's body is a sentence of the notice or the page's own heading."""
    body = body.strip()
    return bool(PAGE_HEADING.match(body) or NOTICE_VERB.search(body))


def nearby_body(lines: list[Line], line: int) -> str | None:
    """The body named on the nearest line to source line `line` that is a body's name
    (the lines above first), or None."""
    at = next((k for k, ln in enumerate(lines) if ln.number >= line), len(lines))
    above = [lines[k] for k in range(at - 1, max(-1, at - 1 - REACH), -1)]
    below = lines[at : at + REACH]
    for candidate in (*above, *below):
        match = NAMED_LINE.match(plain(candidate.text).strip())
        if match is not None:
            return match["body"].strip()
    return None
