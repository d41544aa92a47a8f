"""Who chaired, said in a sentence of a minute, when nothing else lists who was there.

A committee system's web page of minutes often prints no list of those present; its first
minute says in a sentence who took the chair, or whom the meeting elected to chair it:

    Councillor Ann Reid took the Chair.
    Ben Moss took the Chair for items 1 - 3.
    RESOLVED that in the absence of the Chair, Cllr Dan Hale be appointed to chair the meeting.
    The Deputy Mayor (Councillor Carl Lowe) was elected to chair the meeting.

With no list, the sentence is the record that its person was there: present, with the
office printed before the bracket (if any) as their capacity. A sentence naming an office
alone ("The Vice-Chairman took the Chair") names nobody.
"""

from __future__ import annotations

import re

from ..vocabulary import NAME, TITLE
from .names import is_office

#: What the sentence says of its person: they took the chair, or were chosen to chair
#: this meeting, or resolved they be (not elected Chair for the year, which says nothing
#: of this meeting)
CHAIRED = (
    r"(?:took|take|taking)\s+the\s+[Cc]hair\b"
    r"|(?:was|were|be)\s+(?:duly\s+)?(?:elected|appointed|nominated)\s+to\s+(?:[Cc]hair|preside\s+over)"
    r"\s+(?:the|this)\s+meeting\b"
)
#: "RESOLVED that in the absence of the Chairman, ": the resolution's words and why
#: someone else chaired, before the name ("... of the Chair that Councillor A Reid be")
IN_ABSENCE = (
    r"(?:RESOLVED\s*[:-]?\s*)?(?:[Tt]hat\s+)?"
    r"(?:[Ii]n\s+the\s+absence\s+of\s+[^,]{1,80}?(?:,\s*|\s+that\s+))?"
)
#: "Councillor Ann Reid took the Chair", "Ben Moss took the Chair for items 1 - 3"
NAME_CHAIRED = re.compile(rf"^{IN_ABSENCE}(?P<name>{NAME})\s+(?:{CHAIRED})")
#: "The Deputy Mayor (Councillor Carl Lowe) was elected to chair the meeting": the office,
#: its titled holder in brackets
OFFICE_CHAIRED = re.compile(
    rf"^{IN_ABSENCE}"
    r"(?P<office>The\s+[A-Z][\w'’-]{0,30}(?:\s+(?:the\s+)?[A-Z][\w'’-]{0,30}){0,4})\s*"
    rf"\(\s*(?P<name>{TITLE}\s+[A-Z][\w'’-]{{0,30}}(?:\s+[A-Z][\w'’-]{{0,30}}){{0,3}})\s*\)\s+"
    rf"(?:{CHAIRED})"
)
#: Longest sentence read
MAX_TEXT = 240


def took_the_chair(text: str) -> tuple[str, str | None] | None:
    """(the person, their office or None) of a sentence saying who took the chair or was
    chosen to chair the meeting; None for any other text."""
    text = text.strip()
    if len(text) > MAX_TEXT or ("hair" not in text and "preside" not in text):
        return None
    office = OFFICE_CHAIRED.match(text)
    if office is not None:
        return office["name"], office["office"]
    match = NAME_CHAIRED.match(text)
    if match is None or match["name"].split()[0] == "The" or is_office(match["name"]):
        return None
    return match["name"].strip(), None
