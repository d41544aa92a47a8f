"""What the meeting is to do, printed after an agenda item's title and a dash or colon.

Agendas of councils and parishes often print each item as its title, a dash and, on the
same line, the business in the agenda's wording, opening "To" and a verb:

    1. CHAIRMAN - To elect a Chairman of the Council for the year.
    - Planning – To consider the applications received (list attached)
    4. Minutes – To Approve the minutes of the meeting held on 3 May 2021
    6. Declarations of Interest: To receive any declarations from Members

The title is what stands before the dash (or the colon); the sentence after it is the
item's description, as it is when printed on the line below. Only "To" in sentence case opens a
description here: a title in capitals goes on in capitals ("QUESTIONS - TO RECEIVE
PETITIONS"), and a dash before a lower-case "to" may still be the title's own words.
"""

from __future__ import annotations

import re

#: a dash between spaces, or a colon, then "To" and a word: the description's opening
DASH_TO = re.compile(r"(?:\s[-–—]|:)\s{1,3}To\s{1,3}[A-Za-z]")
#: what a title before the dash opens with: a capital or a digit
TITLE_START = re.compile(r"[A-Z0-9]")


def without_dash_description(title: str) -> str:
    """The title without the " – To ..." description run on after it; the title as it is
    when it carries none (or when no title stands before the dash)."""
    match = DASH_TO.search(title)
    if match is None:
        return title
    head = title[: match.start()].rstrip()
    if not head or not TITLE_START.match(head):
        return title
    return head
