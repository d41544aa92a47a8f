"""Timings and lone page numbers pressed against agenda titles.

Some agendas (national park and fire authorities' among them) print two narrow columns
at the right of each item, an indicative duration and the page its paper starts on:
"10. The Future of Farming (15 mins) 33". The conversion keeps one space between the
cells, so both end the title. A duration in brackets ("(15 mins)", "( 5 minutes)",
"(approx. 10 mins)") is never part of a title and always goes. A lone number at the
end is a page only when the agenda's numbers run on as a paper's pages do: three items
or more, each number past the one before (a title's own number, "Key Stage 2", "Phase
3", does not run on). A title wrapped in its narrow column may carry its page inside
it ("Independent 25 Member Protocol"): a number there that falls between the pages
before and after it is taken out too. A health board's timing column may print its
duration unbracketed and spelt out at the title's end ("7.1 Finance Report 15 minutes",
"... Chief Executive) 10 minutes", "10 min"): it goes only where the column shows, three
items or more and a third of the agenda's ending so (a title's own "15 minutes" is rare).
A timed agenda's column of clock slots ("10.00 – 10.05") goes on the same terms.
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts

#: "(15 mins)", "( 5 mins)", "(10 minutes)", "(approx. 20 mins)", "(c. 1 hour)"
DURATION = re.compile(
    r"\s*\(\s?(?:approx\.?\s?|c\.\s?|about\s)?\d{1,3}\s?(?:mins?|minutes|hours?|hrs?)\.?\s?\)",
    re.IGNORECASE,
)
#: a duration that ends the title, perhaps before its page or range: "... (15 mins) 7",
#: "... (10 mins) 5 - 12"
DURATION_AT_END = re.compile(
    DURATION.pattern + r"(?=\s?(?:\d{1,3}(?:\s?[-–]\s?\d{1,3})?)?\s*$)", re.IGNORECASE
)
#: a timing column's "10 mins" beside a wrapped title's first line, flattened into the
#: title's words ("... Annual Treasury Management 10 mins and Investment Strategy"):
#: unbracketed, abbreviated in lower case, between two words of the title
DURATION_INSIDE = re.compile(r"(?<=[\w)])\s\d{1,3}\s?mins?\.?(?=\s+[\w(])")
#: a timing column's unbracketed duration closing the title: "... Report 15 minutes",
#: "... Director of HR) 10 minutes", "... Remarks 10 min"
DURATION_TRAILING = re.compile(r"(?<=[\w)’'])\s\d{1,3}\s?(?:mins?|minutes)\.?$", re.IGNORECASE)
#: Items at least ending in an unbracketed duration, for the column to show
MIN_TRAILING = 3
#: a lone page after the title's last word or its duration: "... 2018 3", "(15 mins) 33"
LONE_PAGE = re.compile(r"(?<=[\w):;’'])\s(?P<page>\d{1,3})$")
#: a page inside a wrapped title, the title's words going on after it
PAGE_INSIDE = re.compile(r"\s(?P<page>\d{1,3})\s(?=[A-Z])")
#: a line whose item lists its parts below it, a duration or page after its colon:
#: "8. Appointment of Members to: (15 mins) 7"
PARTS_COLON = re.compile(DURATION.pattern + r"?\s?\d{0,3}$", re.IGNORECASE)
#: Items at least whose lone numbers run on
MIN_PAGES = 3


def opens_parts(text: str) -> bool:
    """Whether an item's line ends with a colon (its parts are listed below it), perhaps
    before the duration and page it prints at the right."""
    text = text.rstrip().rstrip("*")
    tail = PARTS_COLON.search(text, max(0, len(text) - 30))
    head = text[: tail.start()] if tail else text
    return head.rstrip().endswith(":")


def without_duration(title: str) -> str:
    """The title without the duration printed at its end ("Introductions and Apologies
    (10 mins)"): a minute headed with its agenda item's title and time keeps the title."""
    match = DURATION_AT_END.search(title)
    if match is None or match.start() == 0:
        return title
    return f"{title[: match.start()]}{title[match.end() :]}".strip()


def without_durations(items: list[AgendaItemFacts]) -> None:
    """Drop the duration an agenda prints at the end of each title ("(15 mins)"), or
    unbracketed inside a wrapped title's words ("... Management 10 mins and ...")."""
    for item in items:
        match = DURATION_AT_END.search(item.title)
        if match is not None and match.start() > 0:
            item.title = f"{item.title[: match.start()]}{item.title[match.end() :]}".strip()
        item.title = DURATION_INSIDE.sub("", item.title, count=1)
    _drop_trailing_durations(items)
    _drop_time_slots(items)


#: a timetable column's clock slot beside the title: "10.00 – 10.05", "12.48 – 1.00",
#: "1.00 p.m.", "10.00" (figures with a point or colon, an optional half, a range)
CLOCK = r"\d{1,2}[.:][0-5]\d(?:\s?[ap]\.?m\.?)?"
TIME_SLOT = re.compile(rf"\s{CLOCK}(?:\s?[-–]\s?{CLOCK})?(?=\s|$)", re.IGNORECASE)


def _drop_time_slots(items: list[AgendaItemFacts]) -> None:
    """Drop the clock slot a timed agenda prints beside each title ("2. Introductions 10.00
    – 10.05"), at its end or inside a title its column wrapped ("Election of member to
    10.18 – 10.28 Planning Committee"), when the agenda shows the column: `MIN_TRAILING`
    items or more, and a third of all, carry one (a title's own "at 10.00" is rare)."""
    slotted = [(item, m) for item in items if (m := TIME_SLOT.search(item.title))]
    slotted = [(item, m) for item, m in slotted if m.start() > 0]
    if len(slotted) < MIN_TRAILING or 3 * len(slotted) < len(items):
        return
    for item, match in slotted:
        item.title = f"{item.title[: match.start()]}{item.title[match.end() :]}".strip()


def _drop_trailing_durations(items: list[AgendaItemFacts]) -> None:
    """Drop the unbracketed durations closing the titles when the agenda shows a timing
    column: `MIN_TRAILING` items or more, and a third of all, end in one."""
    ends = [(item, m) for item in items if (m := DURATION_TRAILING.search(item.title))]
    ends = [(item, m) for item, m in ends if m.start() > 0]
    if len(ends) < MIN_TRAILING or 3 * len(ends) < len(items):
        return
    for item, match in ends:
        item.title = item.title[: match.start()].rstrip()


def pressed_lone_pages(items: list[AgendaItemFacts]) -> None:
    """Move the lone page numbers ending the items' titles into their pages, when they run
    on (see the module's note); then the pages inside wrapped titles between them."""
    ends: list[tuple[int, AgendaItemFacts, re.Match[str]]] = []
    last = 0
    for at, item in enumerate(items):
        if item.pages is not None:
            continue
        match = LONE_PAGE.search(item.title)
        if match is None:
            continue
        page = int(match["page"])
        if page <= last:
            return  # a number that does not run on: the titles' own numbers
        ends.append((at, item, match))
        last = page
    if len(ends) < MIN_PAGES:
        return
    pages: dict[int, int] = {}
    for at, item, match in ends:
        pages[at] = int(match["page"])
        item.title = item.title[: match.start()].rstrip()
        item.pages = match["page"]
    _pages_inside(items, pages)


def _pages_inside(items: list[AgendaItemFacts], pages: dict[int, int]) -> None:
    """Take out of each title left without a page a number inside it that falls between
    the pages of the items before and after it."""
    for at, item in enumerate(items):
        if at in pages or item.pages is not None:
            continue
        before = max((p for i, p in pages.items() if i < at), default=0)
        after = min((p for i, p in pages.items() if i > at), default=None)
        if after is None:
            continue
        for match in PAGE_INSIDE.finditer(item.title):
            if before < int(match["page"]) < after:
                item.title = f"{item.title[: match.start()]} {item.title[match.end() :]}"
                item.pages = match["page"]
                break
