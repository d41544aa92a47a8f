"""A record's title sentence: its title, then "held" and where and when.

Minutes very often open with one sentence that titles the record and dates it at once,
under the body's letterhead or with none:

    Minutes of the Annual Meeting of Fenby Parish Council held at the Memorial Hall on
    Tuesday 3 May 2022 at 7.30pm

    MINUTES OF THE COUNCIL MEETING HELD ON 12th JULY 2021, AT THE VILLAGE HALL

    Minutes of Annual Meeting of Fenby Parish Council held in the Memorial Hall on ...

    Minute of the Meeting of the Fenby Licensing Board, held in the Council Chamber on ...

The paper is titled from its meeting ("Minutes: Fenby Parish Council, 3 May 2022"); the
words before "held" are how the record titles itself, and are kept as its heading (a
Scottish record says "Minute of", in the singular). Only a line opening with "Minutes of"
or "Minute of" counts whose "held" sentence carries a date: a dated
sentence that names no kind ("A meeting of X held ...") is the meeting's, not a title.
"""

from __future__ import annotations

import re

from ..dates import find_date

#: "Minutes of the Annual Meeting of Fenby Parish Council" before " held ..." (the article
#: may be left out: "Minutes of Annual Meeting of ..."); a record not
#: yet approved may say so first ("DRAFT Minutes of ...")
HELD_TITLE = re.compile(
    r"(?P<title>(?:(?:draft|unconfirmed|unapproved)\s+)?minutes?\s+of\s+(?:(?:the|a|an)\s+)?"
    r"[^\n]{3,120}?)\s*,?\s+held\s+(?P<rest>[^\n]{4,200})",
    re.IGNORECASE,
)


def held_title(text: str) -> str | None:
    """The title before "held" in a record's dated title sentence (see the module's
    docstring), or None when the line is no such sentence."""
    match = HELD_TITLE.match(text[:320])
    if match is None or find_date(match["rest"]) is None:
        return None
    if find_date(match["title"]) is not None:  # "Minutes of the meeting on 3 May held ..."
        return None
    return match["title"].strip()
