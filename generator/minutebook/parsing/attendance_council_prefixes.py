"""A council's initials printed before a councillor's title, in a parish's lists.

Parish councils list the district and county councillors who came with the council they
sit on first, as initials before the title:

    In attendance: TMBC Clr Mrs A Reid, KCC & TMBC Clr B Moss, SCC Councillor C Lowe

Read as a list, the initials were a person of their own ("TMBC") and the councillor lost
them. Each line is rewritten with the councillor first and the council in brackets ("Clr
Mrs A Reid (TMBC)"), as a council after the name is read ("Cllr A Reid SHDC",
`names.TRAILING_COUNCIL`). A tier printed before the title ("Bor Cllr", "Cty Cllr",
"Ward Cllr") is a title of its own (`vocabulary.TITLES`).
"""

from __future__ import annotations

import re

from ..vocabulary import NAME_WORD, TITLE
from .names import COUNCIL_INITIALS

#: the councillor's title after the initials, singular: a plural's names share the
#: council, which one bracket cannot say
_COUNCILLOR = r"(?:Councillor|Cllr|CClr|Clr)\.?"
#: "KCC Cllr Mrs A Reid", "KCC & TMBC Clr B Moss", as one piece of a list
COUNCIL_BEFORE_TITLE = re.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=&\s))"
    rf"(?P<council>{COUNCIL_INITIALS}(?:\s*(?:&|and|/)\s*{COUNCIL_INITIALS})?)\s+"
    rf"(?P<name>{_COUNCILLOR}(?:\s+{TITLE})?(?:\s+{NAME_WORD}){{1,4}})"
    rf"(?=\s*(?:[,;.]|and\s|&\s|$))"
)
#: the longest line rewritten
MAX_TEXT = 2000


def council_after_name(text: str) -> str:
    """The line with each councillor printed after a council's initials rewritten "Cllr A
    Reid (KCC)"; the line as it is when it prints none."""
    if len(text) > MAX_TEXT or not re.search(r"C\s+(?:Councillor|Cllr|CClr|Clr)\b", text):
        return text
    return COUNCIL_BEFORE_TITLE.sub(lambda m: f"{m['name']} ({m['council']})", text)
