"""The members present, listed under the minutes' heading with no label of their own.

Many small councils' and boards' minutes print no "Present:" over their members: the list
follows the meeting's heading at once, titled names on one line or one a line, and the
labelled lists (officers, apologies) come under it:

    Minutes of a Meeting of the Parish Council held at the Hall on 3 May 2024

    Councillors A Reid (Chairman), B Moss and C Lowe

    Clerk to the Council D Hart

or

    Mr A Reid
    Mrs B Moss

    In attendance:
    Ann Hart   Clerk

Before any label (or line with a colon after its first words) and any numbered line (a
heading's date alone, "14 MAY 2014", is none), a line holding titled names and nothing
else (under a plural title, or each name with its own title; no sentence, no date) can
only name the members present. It is rewritten "Present: ...", the form the list reader
reads. A line that ends a sentence begun on the line above ("... on behalf of" over
"Councillor A Reid and Councillor B Moss.") is none. One titled name alone is taken only
when the next line with text is another such line (one name may be a signature's or an
addressee's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line
from ..vocabulary import MONTHS, PLURAL_TITLE, STARTS_WITH_TITLE
from .names import BRACKET, is_office, lower_case_words, split_name_list

#: a line opening with a plural title ("Councillors A Reid, B Moss")
OPENS_PLURAL = re.compile(rf"^{PLURAL_TITLE}\s+(?=[A-Z])")
#: the longest line read
MAX_LINE = 600
#: how many lines with text, from the top, the list may start after (the heading's)
MAX_HEAD = 8
#: a numbered line ("1. Apologies", "1-0607/8 - Welcome"): the minutes have begun
NUMBERED = re.compile(r"^\(?\d")
#: a heading's date alone on its line ("14 MAY 2014", "3rd June 2020"): no minute's number
DATE_ALONE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTHS}),?\s+(?:19|20)\d\d")
#: a label of any kind ("Members:", "Members:   Officers:", "Time: 7pm"), not a time's colon
LABEL_LIKE = re.compile(r"^[^:]{1,80}:(?!\d)")
#: a line whose sentence goes on below it ("... apologies on behalf of", "... and,")
RUNS_ON = re.compile(r"(?:(?<![\w'’-])[a-z][\w'’-]{0,30}|[,;&(–-])$")


def roll_names(text: str) -> int:
    """How many people a line of titled names alone names; 0 for any other line."""
    text = text.strip()
    if not text or len(text) > MAX_LINE or ":" in text:
        return 0
    if not (STARTS_WITH_TITLE.match(text) or OPENS_PLURAL.match(text)):
        return 0
    if lower_case_words(text) or re.search(r"\d", BRACKET.sub(" ", text)):
        return 0  # "Councillor A Reid welcomed ...", "Mr A Reid 3 May": no list
    entries = split_name_list(text)
    if not entries or any(not e.as_written or is_office(e.as_written) for e in entries):
        return 0
    return len(entries)


def unlabelled_roll(lines: list[Line], opens_list: Callable[[str], bool]) -> list[Line]:
    """The lines with the first list of titled names under the heading rewritten with a
    "Present:" label; the lines as they are when a numbered line or a line opening a list
    (a label, "Representing Wyke Council", a bullet) comes first, or no list is printed."""
    seen = 0
    before = ""  # the last line with text
    for n, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        numbered = NUMBERED.match(text) and not DATE_ALONE.fullmatch(text)  # "14 MAY 2014"
        if opens_list(line.text) or numbered or LABEL_LIKE.match(text):
            return lines
        seen += 1
        if seen > MAX_HEAD:
            return lines
        count = roll_names(text) if not RUNS_ON.search(before) else 0
        before = text
        if count == 0:
            continue
        if count == 1:
            after = next((li.text for li in lines[n + 1 : n + 4] if li.text.strip()), "")
            if roll_names(after) == 0:
                continue
        out = list(lines)
        out[n] = Line(line.number, f"Present: {text}")
        return out
    return lines
