"""Section headings a flattened parish agenda glued to the end of the item before them.

A community or parish council groups its business under short headings of its own
line ("Finance", "Planning", "Park & Environment", "Other business"); a conversion that
loses that line break prints each heading at the end of the last item before it:

    9) To approve the minutes of the meeting held on 3 May 2024.
    10) Motion from Cllr A Reid 'To review the grants policy.' Finance
    11) To approve the schedule of payments for June 2024.
    12) To receive the monthly Financial Report from the Clerk Park & Environment
    13) Play area inspection report

The heading is no part of the title. It is read only where the agenda shows the layout:
two items or more end with one of the genre's section headings (`SECTION`, alone or
after "Word &"), or with a short capitalised tail after the title's closing stop
(`without_glued_sections`). A title that is only a heading is left whole, and so is one
whose words before the heading end with a word that cannot end a title ("Statement from
the Portfolio Holder for Governance", "... Economic Development and Finance"): there the
heading word is the title's own last word.
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts

#: The section headings parish and community councils group their business under
SECTION_WORDS = (
    r"Finance|Planning|Events|Environment|Highways|Correspondence|Governance|Staffing"
    r"|Personnel|Media|Amenities|Allotments|Cemetery|Other\s+business|Any\s+other\s+business"
)
#: "... Pensarn Events", "... Bowen Park & Environment", "... issues Other business": a
#: heading (alone, or after a capitalised word and "&") ending the title, words before it
SECTION = re.compile(rf"(?<=\S)\s(?P<heading>(?:[A-Z][a-z]{{1,15}}\s&\s)?(?:{SECTION_WORDS}))$")
#: "... the policy.' Finance", "... officers.” Other business": up to three capitalised
#: words after the title's closing stop (and quote)
AFTER_STOP = re.compile(
    r"(?<=[a-z)][.?!])(?:[’”'\"])?\s(?P<heading>[A-Z][a-z]{1,15}(?:\s(?:&\s)?[A-Za-z][a-z]{1,15}){0,2})$"
)
#: A title's last word before a heading that shows the heading is the title's own end
OPEN_END = re.compile(r"\b(?:and|for|of|the|to|on|in|with|from|by|a|an|&)$", re.IGNORECASE)
#: The fewest items carrying a heading that show the layout
MIN_ITEMS = 2
#: Fewest words of a title left before a heading
MIN_WORDS = 3


def _heading(title: str) -> re.Match[str] | None:
    match = SECTION.search(title) or AFTER_STOP.search(title)
    if match is None:
        return None
    before = title[: match.start("heading")].rstrip()
    if len(before.split()) < MIN_WORDS or OPEN_END.search(before):
        return None
    return match


def without_glued_sections(items: list[AgendaItemFacts]) -> None:
    """Take the section headings glued to the end of items' titles off them, where two
    items or more carry one (see the module's note)."""
    found = [(item, match) for item in items if (match := _heading(item.title))]
    if len(found) < MIN_ITEMS:
        return
    for item, match in found:
        item.title = item.title[: match.start("heading")].rstrip()
