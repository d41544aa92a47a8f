"""The time and place of a meeting from a later opening of the same day and body.

An agenda pack may open with a cover naming the body and the date alone ("Royal Fenby
Fire Authority / Wednesday 25 September 2013") and give the time and venue only in the
summons under it ("MEETING: ... / DATE AND TIME: ... at 7.30pm / VENUE: Council Chamber").
The first opening names the meeting; a later notice sentence or labelled block of the same
day naming the same body fills in what the first leaves out (only those say the place
outright: a title line's tail may be the next line's table heading). Nothing is taken
from an opening of another day or another body: that is another meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .openings import Opening


def _name(body: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", body.lower()).strip()


def with_same_day_details(first: Opening, others: list[Opening | None]) -> Opening:
    """`first` with its missing time and venue from the nearest later opening of the same
    date that names the same body; `first` itself when none fills anything."""
    if first.time is not None and (first.venue or first.venue_blank):
        return first
    later = sorted(
        (o for o in others if o is not None and o.line > first.line and o.date == first.date),
        key=lambda o: o.line,
    )
    for other in later:
        if _name(other.body) != _name(first.body):
            continue
        time = first.time or other.time
        venue = first.venue or (None if first.venue_blank else other.venue)
        if (time, venue) != (first.time, first.venue):
            return replace(first, time=time, venue=venue)
    return first
