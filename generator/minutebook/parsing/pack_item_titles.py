"""The agenda item's title a pack prints over the minutes it encloses.

An agenda pack encloses the last meeting's minutes under the item that confirms them,
and its first line is that item's number and title ("4 To confirm the Minutes of the
Authority Meeting held on 7 December 2023"), printed above the minutes' own opening
("MINUTES of the Meeting of the ... held at ... on Thursday 7 December 2023"). It reads
as a numbered minute heading, but it is the later meeting's item: a heading above the
line the minutes' meeting is read from, near the paper's top, with minutes after it,
heads no minute.

A board's paper may print its own reference over the opening instead ("ABC (M) 19/03
Minutes: 59 - 83", the paper's number and the minutes it holds), read as a title and its
session code. When it is the only heading and a doubtful one, the minutes' own headings
unread, it heads no minute either: taken as one, it would swallow the attendance below it.
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
    item title, or a lone doubtful heading: the paper's reference); the headings as they
    are otherwise."""
    if meeting_line is None or not headings or (headings[0].certain and len(headings) < 2):
        return headings
    first = headings[0]
    if lines[first.index].number >= meeting_line:
        return headings
    if len(headings) > 1 and headings[1].index < first.index:
        return headings
    if len(headings) > 1 and lines[headings[1].index].number <= meeting_line:
        return headings  # the minutes' headings start above their opening too
    above = [ln for ln in lines if ln.number < meeting_line and ln.text.strip()]
    if len(above) > MAX_LINES_ABOVE:
        return headings
    return headings[1:]
