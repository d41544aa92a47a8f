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
#: "Name of meeting <body> Date and time <date, time> Venue <rest>": a record's heading
#: table (the Isle of Wight's minutes print one), the time said with the date; a stamp
#: such as "PAPER A" may stand before it
NAMED_RUN = re.compile(
    r"^(?:[A-Z]{2,8}\s+[A-Z0-9]{1,3}\s+)?Name\s+of\s+(?:the\s+)?meeting\s+"
    r"(?P<body>[A-Z][\w'’&,() -]{2,120}?)\s+Date\s+(?:and|&)\s+time\s+"
    r"(?P<date>[A-Z0-9][\w,.: ]{5,80}?)\s+(?:Place|Venue|Location)\s+(?P<place>[A-Z].{2,300})"
)
#: a host's title and the sheet's date of issue before the fields: "(Public Pack)Agenda
#: Document for Executive, 03/02/2021 16:00 26 January 2021 Committee Executive Date ..."
DATED_HEAD = re.compile(r"^.{0,200}?\b\d{1,2}\s[A-Z][a-z]{2,8}\s(?:19|20)\d\d\s(?=Committee\s)")


def _after_dated_head(text: str) -> re.Match[str] | None:
    """The field run after a host's title and the date the sheet was issued."""
    head = DATED_HEAD.match(text)
    return FIELD_RUN.match(text[head.end() : head.end() + 600]) if head else None


#: a record's attendance label after the place, which ends it
ATTENDANCE_AFTER = re.compile(r"\s(?=(?:Present|PRESENT|Members\s+[Pp]resent|Apologies)\b)")
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
        match = match or NAMED_RUN.match(text[:600])
        if match is None:
            continue
        date = find_date(match["date"])
        if date is None:
            return None
        said = match.groupdict().get("time") or match["date"]  # "TUESDAY, D COMMENCING AT T"
        return Opening(
            match["body"].strip(" ,"),
            date,
            find_time(said),
            _place(match["place"]) if match["place"] else None,
            line.number,
        )
    return None


def _place(rest: str) -> str | None:
    """The place at the start of `rest`: up to its postcode, else up to the sentence after
    it, when it reads as a building."""
    label = ATTENDANCE_AFTER.search(rest[:200])
    if label is not None:  # "... NEWPORT, ISLE OF WIGHT Present Cllrs ...": a record's list
        rest = rest[: label.start()]
    postcode = POSTCODE.search(rest[:200])
    if postcode is not None:
        return rest[: postcode.end()].strip(" ,")
    sentence = SENTENCE_START.search(rest[:200])
    return bare_place(rest[: sentence.start()] if sentence else rest[:100])
