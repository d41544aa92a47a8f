"""The authority a committee belongs to, from the running footer of its minutes.

Some councils print no letterhead over their minutes ("Minutes of the Safer and Stronger
Communities Select Committee Meeting held on ...") but repeat the council's name with the
committee's in the footer of every page: "Westmere County Council – Safer and Stronger
Communities Select Committee" over the date and "Page 1". The footer names the same
committee as the opening, with the council before a dash; the council is then the
committee's authority, as a letterhead would be (see letterheads).
"""

from __future__ import annotations

import re

from ..body_names import normalise
from ..dates import DAY_BEFORE_MONTH
from ..model import Line
from .letterheads import authority_name
from .text import plain

#: Longest footer line read
MAX_FOOTER = 200
#: "<authority> – <committee>", "<authority> - <committee>", "<authority> | <committee>"
FOOTER = re.compile(r"^(?P<authority>[^–—|]{3,80}?)\s{1,3}[-–—|]\s{1,3}(?P<body>\S.{2,150})$")


#: the meeting's date closing the footer: "... – Licensing Committee – 3 March 2014"
DATED_END = re.compile(
    r"\s{1,3}[-–—|,]\s{1,3}[^-–—|]{0,12}" + DAY_BEFORE_MONTH + r"[A-Za-z]{3,9},?\s+\d{4}$"
)


def footer_authority(lines: list[Line], body: str) -> str | None:
    """The authority a footer line prints before the committee's own name ("Westmere County
    Council – Licensing Committee" for the "Licensing Committee"); None when no line
    pairs an authority with this body."""
    wanted = normalise(body)
    if not wanted:
        return None
    for line in lines:
        text = plain(line.text).strip()
        if len(text) > MAX_FOOTER:
            continue
        match = FOOTER.match(text)
        if match is None or normalise(DATED_END.sub("", match["body"])) != wanted:
            continue
        authority = authority_name(match["authority"])
        if authority is not None:
            return authority
    return None
