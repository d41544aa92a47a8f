"""A one-page paper's lone page number pressed against its title, among paged items.

A pack's page column prints a range beside most items ("7. Budget Strategy 27 - 35") and
a single number beside a paper of one page ("5. Nomination to the Transport Board 25").
Flattened, both end the title. Ranges are read where they run on
(`agenda_pressed_pages`) and lone numbers where three items or more carry one
(`agenda_timings`); a single lone number among ranges is left in its title. It is a page
when the next item with pages starts just after it, on the next page or the one after
(the paper's back left blank), and the item before with pages ends before it: a title's
own number ("Year 10", "Phase 2") seldom sits so.
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts
from .agenda_timings import LONE_PAGE

#: "27 - 35", "7": the first and last page of an item's pages
PAGES = re.compile(r"^(?P<first>\d{1,4})(?:\s?[-–]\s?(?P<last>\d{1,4}))?$")
#: Pages at most between the lone page and the next item's first (a blank back page)
MAX_GAP = 2


def _bounds(item: AgendaItemFacts) -> tuple[int, int] | None:
    """The first and last page of an item's pages; None when it has none."""
    match = PAGES.match(item.pages or "")
    if match is None:
        return None
    first = int(match["first"])
    return first, int(match["last"] or first)


def lone_pages_before_ranges(items: list[AgendaItemFacts]) -> None:
    """Move a lone number ending a title into the item's pages when the paged items
    around it place it as the page just before the next item's paper."""
    bounds = [_bounds(item) for item in items]
    for at, item in enumerate(items):
        if bounds[at] is not None:
            continue
        match = LONE_PAGE.search(item.title)
        if match is None or match.start() == 0:
            continue
        page = int(match["page"])
        before = next((b for b in reversed(bounds[:at]) if b is not None), None)
        after = next((b for b in bounds[at + 1 :] if b is not None), None)
        if before is None or after is None:
            continue
        if before[1] < page < after[0] <= page + MAX_GAP:
            item.title = item.title[: match.start()].rstrip()
            item.pages = match["page"]
            bounds[at] = (page, page)
