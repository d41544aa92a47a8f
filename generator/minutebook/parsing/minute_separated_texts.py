"""A numbered minute's title and its text on one line, a colon or a dash between.

Parish, town and community councils' minutes often print each minute as one paragraph,
the title first and what was recorded after a colon or a dash:

    2. Police Report: no report had been received.
    3. Confirmation of the Agenda – an item on the bus shelter was added.
    5. Chair's Announcements –The chair thanked the clerk for ...

Read whole, the line is a sentence and heads nothing, so the minute and every decision in
it were lost. The words before the first separator are the title when they read as one:
a few words, opening with a capital, not a sentence, not a member's name or title ("Cllr
Reid: asked ..."), not a decision ("Resolved: that ...") or a label of the record
("Proposed by: ...", "Present: ..."); the words after it hold a word in lower case, as a
record does, or, under an apologies title, open with a member's name ("APOLOGIES: Cllr R
Short"). A bare number is not sure of itself: the caller takes the heading only where
the number continues the minutes' numbering.
"""

from __future__ import annotations

import re

from ..vocabulary import TITLE

#: a bare number ("2.", "2)", "2") or a session's ("17.085": minute 85 of 2017), a title
#: of up to 80 characters with no colon or dash of its own, a colon (spaced or not) or a
#: dash spaced before it, then the minute's text
SEPARATED = re.compile(
    r"^(?P<number>\d{1,3}|(?:\d{1,2}|\d{4})\.\d{1,3})[.)]?[ \t]{1,8}"
    r"(?P<title>[A-Z][^:–—\t]{1,80}?)"
    r"(?:[ \t]{0,2}:[ \t]{1,3}|[ \t]{1,3}[–—-][ \t]{0,3})(?P<text>\S.{0,3000})$"
)
#: Most words the title holds; `minute_headings` holds its colon run-on titles to it too
MAX_TITLE_WORDS = 8
#: a word in lower case of three letters or more, within the text's first characters: what
#: a record says ("no report had been received"), not a subtitle ("– MOTIONS")
RECORD_WORD = re.compile(r"\b[a-z]{3,}\b")
#: How far into the text a word in lower case is looked for
RECORD_LOOK = 80
#: words before a colon that open no title: a decision, a label of the record, a vote
NOT_TITLES = re.compile(
    r"^(?:resolved|agreed|decided|noted|recommended|proposed|seconded|present|apologies\s+from|"
    r"action|actions|owner|note|nb|vote|votes|for|against|abstentions?|decision|outcome)\b",
    re.IGNORECASE,
)
#: a member or officer speaking: "Cllr Reid", "Councillor A Moss", "Mr Shaw", "The Clerk"
SPEAKER = re.compile(rf"^(?:{TITLE}|Cllrs?\.?|Councillors?|The\s+(?:Clerk|Chair(?:man)?))\b")


#: a title whose record is a list of names: "APOLOGIES: Cllr R Short" holds no word in
#: lower case, yet the names are what was recorded
APOLOGIES_TITLE = re.compile(
    r"^(?:apologies(?:\s+for\s+absence)?|absent|absences|apologies\s+received)$", re.IGNORECASE
)


def separated_text(text: str) -> tuple[str, str, str] | None:
    """(number, title, text) of a numbered line whose title runs on after a colon or a
    spaced dash into the minute's text; None when the words before it read as no title."""
    from .minute_headings import looks_like_title

    match = SEPARATED.match(text)
    if match is None:
        return None
    title = match["title"].strip()
    if len(title.split()) > MAX_TITLE_WORDS or NOT_TITLES.match(title) or SPEAKER.match(title):
        return None
    names = APOLOGIES_TITLE.match(title) is not None and SPEAKER.match(match["text"])
    if not (RECORD_WORD.search(match["text"][:RECORD_LOOK]) or names):
        return None
    if not looks_like_title(title):
        return None
    return match["number"], title, match["text"].strip()


def apologies_listed(text: str) -> bool:
    """ "1 APOLOGIES: Cllr R Short": an apologies title then the names alone, which a bare
    number's title must not swallow (`separated_text` reads it)."""
    found = separated_text(text)
    return found is not None and APOLOGIES_TITLE.match(found[1]) is not None
