"""Page ranges pressed against their titles by one space, the page column's gap lost in
the conversion: "4. Minutes of the meeting held 9th February 2017 5 - 12", "7. Budget
Strategy 13 - 50". Alone, a title's last words may be a range of its own ("Key Stage 1
- 2"), so a range is read as pages only when the agenda's ranges run on as a paper's
pages do: two items or more, each range starting past the end of the one before.

A title wrapped in its narrow column may carry its range inside it, the rest of its
title printed after the range ("12. Update on the Commissioner's 93 - 94 local business
case", "held on 5 February 25 - 36 2019"): a range there that runs on from the one
before, followed by the title's words or a date's year, is taken out of the title too,
as is a range the wrap split in two ("Reduce the 129 - Threat from Organised Crime
136"). A note that the paper will come later ("- report to follow") closes no title
either.

Printed agendas set the item's description under its title, the pages at the right of
the title's row; flattened, the description runs on after the range ("3. Minutes of the
meeting held on 2 May 2024 1 - 8 For approval as a correct record", "4. Budget 9 - 20
(Revenue Monitoring) To note the report"). What follows the range opens with the
description's wording ("For approval", "To note"), perhaps after an aside in brackets:
the title ends at the range, and the description is no part of it.
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts

#: a range at the title's end after one space: "... 2017 5 - 12" (a year is no page)
AT_END = re.compile(r"\s(?P<first>\d{1,3})\s?[-–]\s?(?P<last>\d{1,3})$")
#: an item's description after the range, perhaps after an aside in brackets: "For
#: approval as a correct record", "(Growth Fund) For information", "To note the report"
DESCRIPTION_AFTER = re.compile(
    r"(?:\([^()]{1,80}\)\s+)?(?:For\s+(?:approval|information|decision|noting|discussion|"
    r"consideration|assurance|comment)|To\s+(?:receive|consider|note|agree|approve|confirm|"
    r"endorse|resolve|adopt)|Report\s+(?:of|by))\b"
)
#: a range inside the title, the title's words (or the item's description) going on after
#: it, or the year of a date the wrap split ("held on 5 February 25 - 36 2019")
INSIDE = re.compile(
    rf"\s(?P<first>\d{{1,3}})\s?[-–]\s?(?P<last>\d{{1,3}})\s"
    rf"(?=[A-Za-z]|(?:19|20)\d\d$|{DESCRIPTION_AFTER.pattern})"
)
#: a range split by the title's wrap: its first page and dash after the first line's words,
#: its last page after the title's end ("Reduce the 129 - Threat from Crime 136")
SPLIT_FIRST = re.compile(r"\s(?P<first>\d{1,3})\s?[-–]\s(?=[A-Za-z])")
SPLIT_LAST = re.compile(r"\s(?P<last>\d{1,3})$")
#: "- report to follow", "– papers to follow", "– to follow": the paper comes later
TO_FOLLOW = re.compile(r"\s[-–]\s(?:(?:report|paper|papers)\s+)?to\s+follow$", re.IGNORECASE)
#: a range cut after its dash at the agenda's (or the excerpt's) end: "... 2016-17 143 -"
OPEN_AT_END = re.compile(r"\s(?P<first>\d{1,3})\s?[-–]$")
#: Items at least whose ranges run on
MIN_RANGES = 2


def _range(match: re.Match[str]) -> tuple[int, int]:
    return int(match["first"]), int(match["last"])


def _split_range(title: str, end: int) -> tuple[int, int, str] | None:
    """A range split by the title's wrap that runs on from `end`: its pages and the title
    without them; None when the title holds none."""
    last = SPLIT_LAST.search(title)
    if last is None:
        return None
    for first in SPLIT_FIRST.finditer(title, 0, last.start()):
        pages = int(first["first"]), int(last["last"])
        if end < pages[0] <= pages[1]:
            rest = f"{title[: first.start()]} {title[first.end() : last.start()]}"
            return pages[0], pages[1], rest.strip()
    return None


def pressed_page_ranges(items: list[AgendaItemFacts]) -> None:
    """Move the pressed page ranges of the items' titles into their pages, when the
    agenda's ranges run on, with the description a range may carry after it, and the
    first page of a range cut after its dash ("Annual Report 45 -"); drop a "- report to
    follow" note from a title."""
    for item in items:
        note = TO_FOLLOW.search(item.title)
        if note is not None and item.pages is None:
            item.title = item.title[: note.start()]
    found: list[tuple[AgendaItemFacts, re.Match[str]]] = []
    splits: list[tuple[AgendaItemFacts, tuple[int, int, str]]] = []
    opened: list[tuple[AgendaItemFacts, re.Match[str]]] = []  # ranges cut after the dash
    end = 0  # the last page of the range before
    for item in items:
        if item.pages is not None:
            continue
        at_end = AT_END.search(item.title)
        match = at_end or INSIDE.search(item.title)
        split = _split_range(item.title, end) if match is None else None
        if split is not None:
            splits.append((item, split))
            end = split[1]
            continue
        if match is None:
            cut = OPEN_AT_END.search(item.title)
            if cut is not None and int(cut["first"]) > end:
                opened.append((item, cut))
                end = int(cut["first"])
            continue
        first, last = _range(match)
        if first > last or first <= end:
            if at_end is not None:
                return  # a range closing a title that does not run on: these are no pages
            continue  # "Key Stage 1 - 2 Results": a title's own range
        found.append((item, match))
        end = last
    if len(found) < MIN_RANGES:
        return
    for item, cut in opened:  # the paper's first page: where to look for it
        item.title, item.pages = item.title[: cut.start()].rstrip(), cut["first"]
    for item, (first, last, title) in splits:
        item.title, item.pages = title, f"{first} - {last}"
    for item, match in found:
        first, last = _range(match)
        rest = item.title[match.end() :]
        rest = "" if DESCRIPTION_AFTER.match(rest) else rest
        item.title = f"{item.title[: match.start()]} {rest}".strip()
        item.pages = f"{first} - {last}"
