"""The chair named in the sentence welcoming the meeting, when nothing else lists them.

A council's web page of minutes often leaves the attendance to a tab of its own and
opens the first minute with the chair's welcome, the name set off by commas:

    The Chair, Cllr Ann Reid, welcomed everyone to the meeting.

With no list of those present, the sentence is the record that the chair was there:
present, their office the capacity. A page whose list is printed names them already.
"""

from __future__ import annotations

import re

from ..vocabulary import TITLE

#: "The Chair, Cllr Ann Reid, welcomed", "The Chairman (Councillor B Moss) opened": the
#: office, its titled holder between commas or in brackets, a verb of opening the meeting
CHAIR_WELCOME = re.compile(
    r"\bThe\s+(?P<office>(?:Vice[- ])?Chair(?:man|woman|person)?|Convenor|Convener)\s*[,(]\s*"
    rf"(?P<name>{TITLE}\s+[A-Z][\w'’-]{{0,30}}(?:\s+[A-Z][\w'’-]{{0,30}}){{0,3}})\s*[,)],?\s+"
    r"(?:welcomed|opened|introduced|thanked)\b"
)


def chair_welcome(text: str) -> tuple[str, str] | None:
    """(the titled name, the office) of "The Chair, Cllr A Reid, welcomed ..."; None for
    any other text."""
    match = CHAIR_WELCOME.search(text[:2000])
    if match is None:
        return None
    return match["name"], match["office"]
