"""A committee system's web page printed from a browser: each page opens with the
browser's header (the print's date and time, then the page's title, a bar and the
site's name: "12/10/2022, 16:41   Agenda for Overview and Scrutiny Committee on ... |
Severnside Combined Authority") and closes with the page's address and "1/3".

The header is the print's furniture, so it opens the paper that follows it rather than a
paper of its own; and the site's name after the bar is the authority whose committee
met, where the page itself names only the committee.
"""

from __future__ import annotations

import re

from .letterheads import authority_name

#: "12/10/2022, 16:41   <page title> | <site name>": the print's date and time, a gap,
#: the page's title, then (when printed) the bar and the site's name
PRINT_HEADER = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]{2,40}"
    r"(?P<title>[^|]{3,300}?)(?:[ \t]+\|[ \t]+(?P<site>[^|]{3,120}))?$"
)


def print_header(text: str) -> re.Match[str] | None:
    """The browser's print header on this (stripped) line, or None."""
    return PRINT_HEADER.match(text.strip()) if len(text) <= 500 else None


def print_header_authority(texts: list[str]) -> str | None:
    """The authority a browser's print header names after its bar, in the lines above an
    opening ("... | Severnside Combined Authority"); None when none does."""
    for text in texts:
        found = print_header(text)
        if found is not None and found["site"]:
            return authority_name(found["site"].strip())
    return None
