"""Run-in numbered headings in any case: a minute's number, a short title, a colon, a
spaced dash or an ellipsis, then the minute's text on the same line.

Parish, town and many committee minutes record the standing items so, the title in
title case, sentence case or capitals:

    1. Apologies for absence: Cllrs Reid and Moss.
    2. Declarations of interest – None were declared.
    3. MINUTES: The minutes of the meeting held on 3 April were approved.
    4. Date of the next meeting … 12 June.
    5. PRESENT Councillors: A Reid, B Moss.  (title "PRESENT": the plural is the names')
    6. Election of Chair; Ann Reid was proposed ...  (a parish clerk's semicolon)

The title is the words before the first separator: a few words (at most MAX_TITLE_WORDS)
that read as a title, no full stop among them. Such a line is also how a numbered
paragraph may open ("2. Income: the figures rose"), so the heading is never certain:
it is taken only where its number continues the minutes' numbering (the caller's
check), and text after the separator must open with a capital or a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: the number, the title, the separator and the text
RUN_IN = re.compile(
    r"^(?P<number>\d{1,5})[.)]?[ \t]+(?P<title>[A-Z][^.:;…–—|]{1,90}?)"
    r"(?:[ \t]*[:;]|[ \t]+[–—-]|[ \t]*…)[ \t]+(?P<text>[A-Z0-9£\"“‘(].{0,6000})$"
)
#: most words of such a title
MAX_TITLE_WORDS = 10
#: "PRESENT Councillors: A Reid, B Moss": an attendance label, then the names' plural
#: title before the colon; the title belongs to the names, not to the heading
LABEL_THEN_PLURAL_TITLE = re.compile(
    r"^(?P<label>(?:members\s+)?present|apologies(?:\s+for\s+absence)?|(?:also\s+)?in\s+"
    r"attendance|also\s+present|attendance)\s+(?P<plural>councillors|cllrs|members)$",
    re.IGNORECASE,
)


#: the same line when its title is its agenda item's wording, which runs long ("4. To
#: approve the Minutes of the last meeting held on 11th January 2023: The minutes were
#: signed ...", "23. To confirm and sign the minutes of the meeting held on 27th May 2021
#: - PROPOSED; SECONDED; RESOLVED that ...", "6. Confirmation of the minutes of the Council
#: Meeting on 6th August 2019 – Agreed")
RUN_IN_WORDED = re.compile(
    r"^(?P<number>\d{1,5})[.)]?[ \t]+(?P<title>[A-Z][^.:;…–—|]{1,200}?)"
    r"(?:[ \t]*:|[ \t]+[–—-]|[ \t]*…)[ \t]+(?P<text>[A-Z0-9£\"“‘(].{0,6000})$"
)
#: most words of a title in its agenda item's wording run in with its text
MAX_WORDED_TITLE_WORDS = 24


def run_in_title(text: str) -> tuple[str, str, str] | None:
    """The number, the title and the text of a run-in heading; None when `text` is no
    such line (the caller checks that the title reads as a title)."""
    match = RUN_IN.match(text.strip())
    if match is None:
        return None
    title = match["title"].strip(" -")
    if not title or len(title.split()) > MAX_TITLE_WORDS:
        return None
    return match["number"], *label_apart(title, match["text"].strip())


def label_apart(title: str, text: str) -> tuple[str, str]:
    """A run-in heading's title and text, an attendance label's plural title ("PRESENT
    Councillors: A Reid", "Present Members: Cllr A Reid") moved to the names it heads."""
    plural = LABEL_THEN_PLURAL_TITLE.match(title)
    if plural:  # "PRESENT Councillors: A Reid": the title is the label alone
        return plural["label"], f"{plural['plural']}: {text}"
    return title, text


def worded_run_in_title(text: str, worded: Callable[[str], bool]) -> tuple[str, str, str] | None:
    """The number, the title and the text of a run-in heading whose title, too long for
    `run_in_title`, is its agenda item's wording (`worded` tells: "To approve the Minutes
    of ...", "Confirmation of the minutes of ..."), as parish clerks who minute under the
    agenda's items print it; None for any other line. The title is the words before the
    first separator, so a colon or dash inside the agenda's wording ends it early and
    the line is none."""
    match = RUN_IN_WORDED.match(text.strip())
    if match is None:
        return None
    title = match["title"].strip(" -")
    words = len(title.split())
    if words <= MAX_TITLE_WORDS or words > MAX_WORDED_TITLE_WORDS or not worded(title):
        return None
    return match["number"], title, match["text"].strip()
