"""The agenda item's title a pack prints over the minutes it encloses.

An agenda pack encloses the last meeting's minutes under the item that confirms them,
and its first line is that item's number and title ("4 To confirm the Minutes of the
Authority Meeting held on 7 December 2023"), printed above the minutes' own opening
("MINUTES of the Meeting of the ... held at ... on Thursday 7 December 2023"). It reads
as a numbered minute heading, but it is the later meeting's item: a heading above the
line the minutes' meeting is read from, near the paper's top, with minutes after it,
heads no minute.
"""

from __future__ import annotations

from ..model import Line
from .minute_headings import MinuteHeading

#: Lines with text at most above the meeting's line for a heading to be the pack's title
MAX_LINES_ABOVE = 3


def without_pack_item_title(
    lines: list[Line], headings: list[MinuteHeading], meeting_line: int | None
) -> list[MinuteHeading]:
    """The headings without a first one printed above the minutes' opening (the pack's
    item title); the headings as they are otherwise."""
    if meeting_line is None or len(headings) < 2:
        return headings
    first = headings[0]
    if lines[first.index].number >= meeting_line or headings[1].index < first.index:
        return headings
    if lines[headings[1].index].number <= meeting_line:
        return headings  # the minutes' headings start above their opening too
    above = [ln for ln in lines if ln.number < meeting_line and ln.text.strip()]
    if len(above) > MAX_LINES_ABOVE:
        return headings
    return headings[1:]
