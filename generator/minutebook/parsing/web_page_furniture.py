"""The navigation a committee system's web page prints under its content.

A council's meeting, item or issue page printed to text ends with the site's navigation
("Other pages in this section", a bulleted list of links: "Committees", "Decisions",
"Forward plans") and its footer ("Contact us", the council's address, its telephone).
None of it belongs to the page's last minute: a "Decisions" link there would read as the
label over that minute's decision. The heading and everything after it are furniture,
when what follows is short lines only (links and an address), near the file's end.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: the heading over the site's links
NAVIGATION = re.compile(r"^Other\s+pages\s+in\s+this\s+section:?$", re.IGNORECASE)
#: Most lines after the heading (the links and the footer)
MAX_TAIL_LINES = 40
#: Longest line of the links and the footer
MAX_TAIL_CHARS = 120


def drop_site_navigation(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Drop the site's navigation and footer under the page's content."""
    start = max(0, len(lines) - MAX_TAIL_LINES - 1)
    for k in range(start, len(lines)):
        if not NAVIGATION.match(lines[k].text.strip()):
            continue
        tail = lines[k:]
        if all(len(line.text.strip()) <= MAX_TAIL_CHARS for line in tail):
            return lines[:k], [Furniture(line, "site-navigation") for line in tail]
        return lines, []
    return lines, []
