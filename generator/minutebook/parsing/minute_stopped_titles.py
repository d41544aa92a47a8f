"""A numbered minute's title in title case, closed by a full stop.

Parish and town minutes often close each heading with a full stop, as if it were a
sentence, whatever its case:

    1.      Welcome and Apologies.
    2.      Declarations of Interest.
    3       Election of Vice Chair.

A title in capitals so closed was already read (`minute_headings._capitals_stop`); a title
in title case was taken for a numbered paragraph ("1. The Clerk reported ..."). The stop
ends no sentence when the words before it read as a title: few words, most of the longer
ones capitalised, and no verb in lower case ("was", "elected": with the stop, title case
no longer explains one). A single word so closed is a title too ("Apologies."), unless it
is an outcome ("Noted.", "Agreed.", "None."): that is a paragraph's text. The caller still
checks that the number continues the numbering. A title run in to its text ("1. Apologies
for absence: Cllr Reid.") is no stopped title: its separator ends the title.

The stop may itself be the separator, the minute's text run on after it on the same line
(`stopped_run_in`): "1. Apologies for absence. A Reid – work." / "2. Election of
Chairman. R Dunn was elected ...". The words before the first stop must read as a
stopped title in either case, their last word no initial or abbreviation ("Cllr A.").

A minute book's running reference may stand between the stop and the text
(`referenced_run_in`): "3. Declarations of Members' Interests in Items on the Agenda. 11052
– Cllr Reid declared ...". The stop, the reference and its dash part the title from the
text so plainly that the title may be long or in sentence case ("4. Minutes of the meeting
held on 8 February 2011. 11053 – The minutes were ..."); the reference stays with the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Most words a stopped title holds ("Welcome and Introductions by the Chair.")
MAX_STOPPED_TITLE_WORDS = 8

#: A verb in the past tense, in lower case: "elected", "reported"
PAST_TENSE = re.compile(r"^[a-z]{2,30}ed$")

#: A run-in title's separator: a colon, an ellipsis or a spaced dash
SEPARATOR = re.compile(r":|…|\.\.\.|\s[-–—]\s")

#: A word that records what happened, not what was discussed: "Noted.", "Agreed.",
#: "Deferred.", "None.", "Nil."
OUTCOME_WORD = re.compile(r"^(?:[A-Za-z]{1,30}ed|None|Nil|Yes|No)$", re.IGNORECASE)


def title_case_stop(title: str) -> str | None:
    """The title without its closing full stop when the rest reads as a title in title
    case ("Election of Vice Chair." -> "Election of Vice Chair"); None otherwise."""
    from .minute_headings import AUXILIARIES, WORD, looks_like_sentence, title_cased

    if not title.endswith(".") or title.endswith(("..", "etc.")) or SEPARATOR.search(title):
        return None
    bare = title[:-1].rstrip()
    words = WORD.findall(bare)
    if not words or len(words) > MAX_STOPPED_TITLE_WORDS or not bare[:1].isupper():
        return None
    if len(words) == 1:
        if OUTCOME_WORD.match(words[0]) or len(words[0]) < 4:
            return None
    elif not title_cased(words) or any(w in AUXILIARIES or PAST_TENSE.match(w) for w in words):
        return None
    return None if looks_like_sentence(bare) else bare


#: "2. Election of Chairman. R Dunn was elected": a number, a title closed by a full stop,
#: then the minute's text opening with a capital or a figure on the same line
STOPPED_RUN_IN = re.compile(
    r"^(?P<number>\d{1,3})[.)]?[ \t]+(?P<title>[A-Z][^.:;…|–—]{1,90}?\.)"
    r"[ \t]+(?P<text>[A-Z0-9£\"“‘(].{0,6000})$"
)
#: Fewest letters of a stopped title's last word: "Cllr A." and "St." are abbreviations
LAST_WORD_LETTERS = 3


def stopped_run_in(
    text: str, sentence_case: Callable[[str], str | None]
) -> tuple[str, str, str] | None:
    """The number, the title and the text of a numbered line whose title is closed by a
    full stop and run in to its text; None when the words before the stop read as no
    title (in title case, or in `sentence_case`)."""
    match = STOPPED_RUN_IN.match(text.strip())
    if match is None:
        return None
    words = match["title"][:-1].split()
    if not words or len(words[-1].strip("'’()")) < LAST_WORD_LETTERS:
        return None
    title = title_case_stop(match["title"]) or sentence_case(match["title"])
    return None if title is None else (match["number"], title, match["text"].strip())


#: "3. Title. 11052 – Cllr Reid declared ...": a number, a title closed by a full stop, a
#: running reference (never a year) and a dash, then the text opening with a capital
REFERENCED_RUN_IN = re.compile(
    r"^(?P<number>\d{1,3})[.)]?[ \t]+(?P<title>[A-Z][^.:;…|–—]{1,160}?)\.[ \t]+"
    r"(?P<text>(?!(?:19|20)\d\d\b)\d{3,6}[ \t]{0,3}[–—-][ \t]{0,3}[A-Z‘'\"“].{0,6000})$"
)
#: Most words a referenced title holds
MAX_REFERENCED_TITLE_WORDS = 20


def referenced_run_in(text: str) -> tuple[str, str, str] | None:
    """The number, the title and the text (its reference first) of a numbered line whose
    title is closed by a full stop and followed by a running reference and a dash; None
    when the line is not so laid out or its title's last word is an abbreviation."""
    match = REFERENCED_RUN_IN.match(text.strip())
    if match is None:
        return None
    words = match["title"].split()
    if len(words) > MAX_REFERENCED_TITLE_WORDS or len(words[-1].strip("'’()")) < LAST_WORD_LETTERS:
        return None
    return match["number"], match["title"].strip(), match["text"].strip()
