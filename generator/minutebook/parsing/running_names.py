"""A committee's full name from its own paper's running header or footer, or from a title
line pairing it with its authority after a dash.

Two layouts name a committee only in part at the opening:

- "Minutes of the meeting of the Committee held on 6 March 2014 ..." with no title above,
  while every page's header or footer prints the full name with the meeting's date
  ("Licensing Committee<TAB>6 March 2014", "Licensing Committee - 6 March 2014"). The
  running line with the same date names the bare noun in full.
- A title line "Kelbridge Borough Council – Cabinet" (the authority, a dash, the committee)
  over "Minutes of the meeting held on ...": the authority is the committee's letterhead,
  and the dash is no part of the name.

Each reader returns None when its layout is absent.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date
from ..model import Line
from .letterheads import authority_name
from .text import plain

#: Longest running line read
MAX_RUNNING = 120
#: the bare nouns a sentence may name a committee by
BARE_NOUN = re.compile(
    r"(?:the\s+)?(?P<noun>committee|sub-committee|panel|board|forum|group|commission)",
    re.IGNORECASE,
)
#: "<authority> – <committee>" on a title line
DASHED = re.compile(r"^(?P<authority>[^–—|]{3,80}?)\s{1,3}[–—|-]\s{1,3}(?P<body>\S.{2,100})$")
#: words that are no committee's name: a date, a page, a paper's kind
NOT_A_NAME = re.compile(r"\d|\b(?:minutes|agenda|page)\b", re.IGNORECASE)


def running_name(lines: list[Line], body: str, date: dt.date) -> str | None:
    """The full name a running header or footer gives a body named by a bare noun ("the
    Committee"): a short line that starts with a name of two or more words ending on the
    noun, followed by the meeting's own date; else None."""
    bare = BARE_NOUN.fullmatch(body.strip())
    if bare is None:
        return None
    named = re.compile(
        rf"^(?P<name>[A-Z][A-Za-z&'’ -]{{2,100}}?\b{re.escape(bare['noun'])})\b"
        r"[\s,:|–—-]{1,6}(?P<rest>.{6,60})$",
        re.IGNORECASE,
    )
    for line in lines:
        text = plain(line.text).strip()
        match = named.match(text) if len(text) <= MAX_RUNNING else None
        if match is None or len(match["name"].split()) < 2 or find_date(match["rest"]) != date:
            continue
        if re.match(r"(?:minutes|agenda|meeting)\b", match["name"], re.IGNORECASE):
            continue  # "Minutes of the Committee - 6 March 2014": no fuller name
        return match["name"].strip()
    return None


def dashed_authority(body: str) -> tuple[str, str] | None:
    """(authority, committee) from a name printed "<authority> – <committee>" ("Kelbridge
    Borough Council – Cabinet"), else None: the part before the dash must be an
    authority's name, the part after no date or page."""
    match = DASHED.match(body.strip())
    if match is None or NOT_A_NAME.search(match["body"]):
        return None
    authority = authority_name(match["authority"])
    return (authority, match["body"].strip()) if authority else None
