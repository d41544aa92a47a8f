"""An unnumbered minute among numbered ones, known by the agenda item it cites.

Some authorities number each minute and print the agenda item it records on the line
under its title ("7. Exclusion of press and public" / "(Agenda item 8)"). The exempt
business taken after the public left is then summarised under a label, its minutes
headed by their title alone, still over their citation:

    Summary of exempt items
    Fleet replacement contract
    (Agenda item 9)

The citation says the title heads the minute of that agenda item, as it does under every
numbered heading of the paper. `with_cited_unnumbered` adds such headings when every
numbered heading found cites its agenda item that way, so the paper's own convention
vouches for them; a title over a citation in minutes that cite no items is left to the
other rules.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Line
from .minute_headings import MinuteHeading


def with_cited_unnumbered(
    lines: list[Line],
    found: list[MinuteHeading],
    cited: Callable[[list[Line], int, str], MinuteHeading | None],
) -> list[MinuteHeading]:
    """The headings found, with each title over its agenda item's citation that none of
    them is, when every heading found cites its item (`cited` reads one such title)."""
    if len(found) < 2 or not all(h.number and h.item_code for h in found):
        return found
    taken = {h.index for h in found}
    items = {h.item_code for h in found}
    added: list[MinuteHeading] = []
    for i in range(found[0].index + 1, len(lines)):
        text = lines[i].text.strip()
        if i in taken or not text or lines[i].text[:1] in (" ", "\t"):
            continue
        heading = cited(lines, i, text)
        if heading is not None and heading.item_code not in items:
            added.append(heading)
            items.add(heading.item_code)
    return sorted([*found, *added], key=lambda h: h.index) if added else found
