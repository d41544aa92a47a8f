"""A meeting sentence's place printed with no "at" or "in" before it.

A record may set its date, time and place side by side with commas: "held on Thursday 6
March 2014, 10.00 am - 12.30 pm, Room 4, County Hall". Once the date and the times are
taken out, what is left is the place, with no preposition to say so. It is read as the
venue only when it reads as a building: it starts with a capital and holds a word that
names a room or a building ("Room", "Hall", "Chamber", "Offices", ...) or ends on an
address's postcode; anything else (a stray word, the next sentence) is no venue.
"""

from __future__ import annotations

import re

#: words that name where a meeting sits
PLACE_NOUN = re.compile(
    r"\b(?:room|hall|chambers?|house|offices?|centre|center|buildings?|library|church|"
    r"school|pavilion|institute|guildhall|hotel|suite|lodge|headquarters|club|"
    r"civic|theatre|barn|college)\b",
    re.IGNORECASE,
)
#: a label the sentence prints before its place: "... at 10.00am. Venue: the Council Chamber"
LABEL = re.compile(r"^(?:venue|place|location|where)\s*:\s*(?:the\s+)?", re.IGNORECASE)
#: Longest text read as a bare place
MAX_PLACE = 100
#: a note in brackets on how to find the place: "Council House (Next to the Civic Centre)"
NOTE = re.compile(r"\([^()]{1,60}\)")
#: words of a sentence outside such a note: such text is prose, not a place
PROSE = re.compile(r"\b(?:is|are|was|were|will|be|been|has|have|to|please|members)\b", re.I)


def bare_place(left: str) -> str | None:
    """`left` (a meeting sentence's words once its date and times are taken out) when it
    reads as a place with no preposition ("Room 4, County Hall"), else None."""
    text = LABEL.sub("", left.strip(" ,.;:-–—"))
    if not text or len(text) > MAX_PLACE or not text[:1].isupper():
        return None
    if PROSE.search(NOTE.sub("", text)):
        return None
    return text if PLACE_NOUN.search(text) or POSTCODE_END.search(text) else None


#: an address's postcode closing the text: "Redhills, Penrith, Cumbria, CA11 0DT" is a
#: place whatever its building is called
POSTCODE_END = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$")


#: a title's tail in brackets after its date: "(Virtual Meeting - held via Microsoft Teams)",
#: "(Council Chamber, Town Hall)"
BRACKETED = re.compile(r"\((?P<inner>[^()]{3,100})\)")
#: how a meeting sat when it sat nowhere: online, on a platform
REMOTE_WORD = re.compile(
    r"\b(?:virtual|virtually|remote|remotely|online|teams|zoom|hybrid)\b", re.I
)


def bracketed_place(left: str) -> str | None:
    """The place or manner a title prints in brackets after its date ("... Thursday 21
    January 2021 (Virtual Meeting - held via Microsoft Teams)"), without the brackets,
    when it names a building or a remote meeting; else None ("(Special)", "(Part 2)")."""
    found = BRACKETED.fullmatch(left.strip(" ,.;:-–—"))
    if found is None:
        return None
    inner = found["inner"].strip()
    return inner if PLACE_NOUN.search(inner) or REMOTE_WORD.search(inner) else None
