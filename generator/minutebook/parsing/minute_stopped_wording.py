"""A year-numbered minute titled with its agenda item's wording, closed by a full stop.

Parish and community councils title each minute with the agenda item's wording ("To
receive a report on the footpaths survey"), and many copy the agenda's closing full stop
with it ("8/16 To receive a report on the footpaths survey."). A title in the agenda's
wording is a title however verbal (`agenda_wording`); its one closing stop does not make
it a sentence. A stop inside it ("To note. The Clerk ...") still does.
"""

from __future__ import annotations


def stopped_agenda_wording(title: str) -> bool:
    """Whether `title` is an agenda item's wording closed by one full stop."""
    from .minute_headings import agenda_wording

    if not title.endswith(".") or title.endswith(".."):
        return False
    return agenda_wording(title[:-1].rstrip())
