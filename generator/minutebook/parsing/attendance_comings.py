"""A note under an attendance list of someone coming late or leaving early.

Town and parish councils' minutes often add a note among the lists, or put one under the
apologies item, that says when a member came or would come: "NB: Cllr Mrs A Reid joined
the meeting at 7.45pm.", "Cllr B Moss may be late.", "Cllr C Lowe arrived at 8pm." Such
a note names someone already listed (or someone not absent at all), so it is no list of
names: the reader passes over it and the list around it goes on.

A sentence that opens with a titled name and goes on in words of lower case ("Cllr A Reid
ran through the housekeeping procedures.") is the minutes' own text under the lists: no
list of names has three such words in a row, so the lists end there (`titled_sentence`).
"""

from __future__ import annotations

import re

from ..vocabulary import TITLE

#: "joined the meeting", "arrived at 7.40", "left the meeting", "may be late"
COMING_OR_GOING = re.compile(
    r"^(?:N\.?\s?B\.?\s*:?\s*|Note\s*:\s*)?"
    r"[A-Z][^:;]{0,120}?\s"
    r"(?:(?:joined|re-?joined|arrived|left|entered|departed)\s+(?:the\s+meeting|at\s+\d|late)"
    r"|(?:may|might|will|would|is|was|were|are)\s+(?:be\s+|being\s+)?(?:late|delayed)"
    r"|(?:arrived|arriving|arrives)\s+late)"
    r"\b[^;]{0,80}$",
    re.IGNORECASE,
)


def coming_or_going(text: str) -> bool:
    """Whether a line is a note that someone came late, will be late or left: "NB: Cllr A
    Reid joined the meeting at 7.45pm.", "Cllr B Moss may be late."."""
    text = text.strip()
    if len(text) > 240 or re.search(r"apolog|substitut|present|attendance", text, re.IGNORECASE):
        return False  # "Apologies from A Reid; B Moss will be late": the list is there too
    if "(" in text or text.count(",") > 1:
        return False  # "Cllr A Reid (left at 8pm), Cllr B Moss": a list with a timing
    return COMING_OR_GOING.match(text) is not None


#: Lower-case words a list of names may hold between its names ("Cllr A Reid and Cllr B
#: Moss", "Mr C de Lowe", "Cllr D Pym for item 5")
LIST_WORDS = frozenset({"and", "or", "of", "the", "de", "la", "le", "van", "von", "der", "for"})
#: Words of a sentence that is an attendance fact itself, read by the sentences' rules
ATTENDING_WORDS = re.compile(
    r"apolog|substitut|present|attend|absen|observ|represent|deputi[sz]|in\s+place\s+of",
    re.IGNORECASE,
)
#: A titled name (its title, one to four capitalised words), then three words in lower case
TITLED_SENTENCE = re.compile(
    rf"^{TITLE}\s(?:[A-Z][\w'’.-]{{0,30}}\s){{1,4}}(?P<words>[a-z][\w'’-]{{0,30}}"
    r"(?:\s[a-z][\w'’-]{0,30}){2})\b"
)


def titled_sentence(text: str) -> bool:
    """Whether a line is a sentence about a named member ("Cllr A Reid ran through the
    housekeeping procedures."), not a list: three words in lower case follow the name, the
    first of them no word a list holds between names."""
    match = TITLED_SENTENCE.match(text.strip()[:240])
    if match is None or match["words"].split()[0] in LIST_WORDS:
        return False
    return ATTENDING_WORDS.search(text[:240]) is None  # "... attended as a substitute"
