"""An unnumbered minute's number, read from its first paragraph's ("31.1").

A committee system's web page of minutes may drop each minute's number from its heading
(the number sat in a table cell of its own) while its paragraphs keep theirs:

    Apologies for absence

    32.1     Apologies for absence were received from ...

The paragraph "32.1" is the first of minute 32: the minute's number is the part before
the point. Only a first numbered paragraph ending ".1", on one of the first lines of the
minute's text, gives it; any other minute stays unnumbered, and so does one whose number
is no more than the page's count of headings ("2.1": it may only count them, and the
caller keeps it unnumbered).
"""

from __future__ import annotations

import re

from ..model import Line

#: "31.1     The minutes were agreed": a minute's first paragraph, numbered
FIRST_PARAGRAPH = re.compile(r"^(?P<minute>\d{1,4})\.1\.?[ \t]+\S")
#: Another numbered paragraph ("4.2 ...", "(a)", "1."): the first numbered one is not ".1"
NUMBERED = re.compile(r"^(?:\d{1,4}\.\d{1,2}|\(?[a-z0-9]{1,3}[.)])[ \t]")
#: Lines of the minute's text searched for its first paragraph
FIRST_LINES = 12


def number_from_first_paragraph(body: list[Line]) -> str | None:
    """The minute's number its first numbered paragraph gives ("31.1" -> "31"); None when
    no numbered paragraph opens one of its first lines, or the first is not a ".1"."""
    for line in body[:FIRST_LINES]:
        text = line.text.strip()
        match = FIRST_PARAGRAPH.match(text)
        if match is not None:
            return match["minute"]
        if NUMBERED.match(text):
            return None
    return None
