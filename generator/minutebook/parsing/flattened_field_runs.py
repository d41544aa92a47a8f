"""A front sheet's label and value fields run together on one line, their colons lost.

A front sheet prints its meeting as a column of labels beside their values ("Meeting" /
"Date" / "Time" / "Place"). When a converter flattens the page, the column comes out as
one run with no colon or tab to tell a label from its value:

    AGENDA Meeting Harbour Committee Date Tuesday 4 March 2014 Time 2.00 pm Place
    Room 3, Civic Centre, Kelbridge, KB1 2XY Copies of the reports may be found ...

The labels themselves, capitalised and in their usual order, split the run: the body is
what stands between "Meeting" and "Date", the date and time follow their labels, and the
place runs from "Place" (or "Venue", "Location") to its postcode, or else to the first
sentence after it. A remote meeting's sheet may print no place ("Committee Executive Date
Wednesday, 3 February 2021 Time of Meeting 4:00 pm This is a remote meeting ..."), and a
host's title and the sheet's date of issue may stand before the run. The reader returns
None unless an opening line starts with such a run.
"""

from __future__ import annotations

import re

from ..dates import find_date, find_time
from ..model import Line
from .bare_venues import bare_place
from .dated_title_openings import POSTCODE
from .openings import Opening, opening_lines
from .text import plain

#: "[AGENDA] Meeting <body> Date <date> Time <time> Place <rest>": the labels capitalised,
#: in the front sheet's order, each value bounded
FIELD_RUN = re.compile(
    r"^(?:AGENDA\s+)?(?:Meeting|Committee|Body)\s+(?P<body>[A-Z][\w'’&,() -]{2,120}?)"
    r"\s+Date\s+(?P<date>[A-Z0-9][\w, ]{5,50}?)\s+Time(?:\s+of\s+Meeting)?\s+"
    r"(?P<time>\d[\w.: ]{0,20}?)"
    # the place, or (a remote meeting's sheet prints none) the sentence after the time
    r"(?:\s+(?:Place|Venue|Location)\s+(?P<place>[A-Z].{2,300})|(?=\s+[A-Z][a-z]+\s+[a-z]))"
)
#: a host's title and the sheet's date of issue before the fields: "(Public Pack)Agenda
#: Document for Executive, 03/02/2021 16:00 26 January 2021 Committee Executive Date ..."
DATED_HEAD = re.compile(r"^.{0,200}?\b\d{1,2}\s[A-Z][a-z]{2,8}\s(?:19|20)\d\d\s(?=Committee\s)")


def _after_dated_head(text: str) -> re.Match[str] | None:
    """The field run after a host's title and the date the sheet was issued."""
    head = DATED_HEAD.match(text)
    return FIELD_RUN.match(text[head.end() : head.end() + 600]) if head else None


#: a sentence opening after the place: a capitalised word and three lower-case ones
#: ("Copies of the reports ...", "Members are asked to ...")
SENTENCE_START = re.compile(r"\s(?=[A-Z][a-z]+(?:\s[a-z]+){3})")
#: Non-blank lines of the opening searched for the run
SEARCHED = 3


def field_run_opening(lines: list[Line]) -> Opening | None:
    """The meeting a run of colon-less "Meeting / Date / Time / Place" fields names, at
    the start of one of the opening's first lines (see the module's docstring)."""
    for _, line in opening_lines(lines)[:SEARCHED]:
        text = plain(line.text)
        match = FIELD_RUN.match(text[:600]) or _after_dated_head(text)
        if match is None:
            continue
        date = find_date(match["date"])
        if date is None:
            return None
        return Opening(
            match["body"].strip(" ,"),
            date,
            find_time(match["time"]),
            _place(match["place"]) if match["place"] else None,
            line.number,
        )
    return None


def _place(rest: str) -> str | None:
    """The place at the start of `rest`: up to its postcode, else up to the sentence after
    it, when it reads as a building."""
    postcode = POSTCODE.search(rest[:200])
    if postcode is not None:
        return rest[: postcode.end()].strip(" ,")
    sentence = SENTENCE_START.search(rest[:200])
    return bare_place(rest[: sentence.start()] if sentence else rest[:100])
