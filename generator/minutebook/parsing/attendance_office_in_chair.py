"""An office "in the Chair" on a line of its own, over the name of who held it.

A committee system's page may print those present as cells one under another: the label,
the office of whoever chaired when it was not the chair ("Vice-Chair in the Chair"), then
that member's name, then the other members under a group's word:

    Present

    Vice-Chair in the Chair

    A B Reid

    Councillors

    C Moss, D Lowe

The office line names nobody, and the list reader, meeting a line with no name, took it
for the end of the list. `office_in_chair_rows` joins the two lines as the reader knows
them: the name with the office in brackets ("A B Reid (Vice-Chair in the Chair)"), the
office's line left blank. The name must be the next line with text, short and a name.
"""

from __future__ import annotations

import re

from ..model import Line
from .names import looks_like_a_person

#: "Vice-Chair in the Chair", "Deputy Mayor in the Chair": an office, "in the Chair", alone
OFFICE_IN_CHAIR = re.compile(
    r"^(?P<office>(?:Vice[- ]?|Deputy\s)?(?:Chair(?:man|woman|person)?|Mayor|Convener|Leader))"
    r"\s+in\s+the\s+Chair\.?$",
    re.IGNORECASE,
)
#: Lines below the office searched for the name; the longest name line
REACH = 3
LONGEST_NAME = 60


def office_in_chair_rows(lines: list[Line]) -> list[Line]:
    """The lines with each office "in the Chair" alone joined to the name under it (see
    the module's docstring); the lines as they are when there is none."""
    out = list(lines)
    for n, line in enumerate(lines):
        match = OFFICE_IN_CHAIR.match(line.text.strip())
        if match is None:
            continue
        below = next(
            (k for k in range(n + 1, min(len(lines), n + 1 + REACH)) if lines[k].text.strip()), None
        )
        if below is None:
            continue
        name = lines[below].text.strip()
        if len(name) > LONGEST_NAME or "," in name or not looks_like_a_person(name):
            continue
        out[n] = Line(line.number, "")
        out[below] = Line(lines[below].number, f"{name} ({line.text.strip().rstrip('.')})")
    return out
