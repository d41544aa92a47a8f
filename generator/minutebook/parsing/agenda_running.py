"""Agenda items numbered on from the body's earlier meetings: "394. Apologies for absence.".

Some authorities (fire authorities, older county committees) number their business
through the years, as minutes are numbered, so an agenda's first item is "394." and not
"1.". A code of three or four digits is also how an address or a figure starts, so such
a code is an item only where the agenda prints a run of them: `MIN_RUN` or more lines
opening "NNN. " with the numbers following on (394, 395, 396). The items then keep the
agenda's numbering from the run's first number (`Numbering`).

A parish council numbers its business through the municipal year with the year beside the
number: after it ("61.31.", "62.31.", the year's 61st and 62nd items) or before it with
three figures ("31.001", "31.002"). Three such codes of one year in a row, the numbers
following on, make a run too (`year_coded_start`): its first code's number starts it.
"""

from __future__ import annotations

import re

from ..model import Line
from .agenda_items import ItemLine
from .text import plain

#: "394. Apologies for absence.": a running number, its stop and a capitalised title
RUNNING = re.compile(r"^(?P<code>\d{3,4})\.[ ]{1,3}(?P<title>[A-Z].{0,600})$")
#: Lines numbered on in a row that make a run
MIN_RUN = 3
#: where the title's sentence ends and the item's notes or text go on: "Callover.
#: CALLOVER: ...", "... Business. (Any Members wishing ...)", "... Issues. a) ..."
SENTENCE_END = re.compile(r"\.\s(?=[A-Z(]|[a-z]\)\s)")
#: a page's number left after a note's stop when a page was flattened: "(copy attached). 1"
TRAILING_FOLIO = re.compile(r"(?<=[.)])\s\d{1,3}$")
#: who brings the paper, after the title and a dash: "– report of the Clerk"
REPORTER = re.compile(r"\s[-–]\s(?:joint\s)?report\s(?:of|by|from)\s.{3,120}$", re.IGNORECASE)
#: "(copy attached)", "(to follow)": a note that the paper is attached
NOTE = re.compile(r"\s*\((?:copy|report|paper)?\s?(?:attached|enclosed|to\s+follow)\)$", re.I)
#: Lines an agenda is searched for year-coded items
MAX_SCANNED = 5000
#: Words a running item's title may have (its instruction may be a long sentence)
MAX_WORDS = 80


def running_start(lines: list[Line]) -> str | None:
    """The first code of the agenda's run of items numbered on ("394"), or None."""
    codes = [int(m["code"]) for line in lines if (m := RUNNING.match(line.text.strip()))]
    for k, first in enumerate(codes):
        if codes[k : k + MIN_RUN] == list(range(first, first + MIN_RUN)):
            return str(first)
    return year_coded_start(lines)


#: "61.31.", "31.001 Apologies": a code of the year's running number and the year's two
#: figures, at a line's start
YEAR_CODED = re.compile(r"^(?P<left>\d{1,3})\.(?P<right>\d{2,3})\.?(?=\s|$)")


def year_coded_start(lines: list[Line]) -> str | None:
    """The number before the stop of the first code of a run of year-coded items: "61" for
    "61.31.", "62.31.", "63.31." (the year after), "31" for "31.001", "31.002", "31.003"
    (the year before, the number in three figures); None when the agenda has no run."""
    codes = [
        (m["left"], m["right"])
        for line in lines[:MAX_SCANNED]
        if (m := YEAR_CODED.match(line.text.strip()))
    ]
    for k, (left, right) in enumerate(codes):
        run = codes[k : k + MIN_RUN]
        if len(run) < MIN_RUN:
            break
        year_after = all(r == right and int(a) == int(left) + n for n, (a, r) in enumerate(run))
        year_before = len(right) == 3 and all(
            a == left and int(r) == int(right) + n for n, (a, r) in enumerate(run)
        )
        if year_after or year_before:
            return left
    return None


def running_item(text: str, start: str | None) -> ItemLine | None:
    """The item a line numbered on prints ("398. Minutes of the meeting held on 14 January
    (copy attached). 1"): its first sentence, without a note that the paper is attached,
    who reports it or a flattened page's number; None when the agenda has no run or the
    line is no item of it."""
    match = RUNNING.match(text.strip()) if start is not None else None
    if match is None or start is None or int(match["code"]) < int(start):
        return None
    title = TRAILING_FOLIO.sub("", match["title"].rstrip())
    end = SENTENCE_END.search(title)
    title = title[: end.start()] if end else title.rstrip(" .")
    title = REPORTER.sub("", NOTE.sub("", title)).rstrip(" .")
    if not title or len(title.split()) > MAX_WORDS:
        return None
    return ItemLine(match["code"], plain(title), None)
