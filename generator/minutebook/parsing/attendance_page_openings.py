"""The meeting an attendance page names in its heading (see `web_attendance_pages`).

The page names its meeting over the table, on one line ("Cabinet - Tuesday, 14th
January, 2025 7.00 pm", "Cabinet, 14th January, 2025") or on two (the committee over
the date). It prints no venue: the lines under the heading are the page's own
("Attendance details") and the table's header, never a place. The general readers
take "Cabinet, 14th January" for a town and a date, or the header for a venue, so the
page's heading is read here first.
"""

from __future__ import annotations

from ..dates import find_date, find_time
from ..model import Line
from .openings import Opening
from .text import plain
from .titled_date_openings import titled_date
from .web_attendance_pages import PAGE_HEADING, roll_page_start
from .web_item_pages import MEETING_LINE

#: Non-blank lines above the table searched for the heading
HEADING_REACH = 6
#: Longest committee's name on a line of its own
MAX_BODY = 120


def roll_page_opening(lines: list[Line]) -> Opening | None:
    """The meeting of an attendance page: its dated heading nearest above the table; None
    for any other paper, or when the heading is the item pages' meeting line (read by
    `web_item_pages`)."""
    start = roll_page_start(lines)
    if start is None:
        return None
    above = [k for k in range(start) if lines[k].text.strip()][::-1][:HEADING_REACH]
    for n, k in enumerate(above):
        text = plain(lines[k].text).strip()
        if MEETING_LINE.match(text):
            return None
        date = find_date(text)
        if date is None:
            continue
        found = titled_date(text)
        if found is not None:
            body, date, rest = found
            return Opening(body, date, find_time(rest), None, lines[k].number, venue_blank=True)
        body = plain(lines[above[n + 1]].text).strip() if n + 1 < len(above) else ""
        if not body or len(body) > MAX_BODY or PAGE_HEADING.match(body) or find_date(body):
            return None
        return Opening(body, date, find_time(text), None, lines[k].number, venue_blank=True)
    return None
