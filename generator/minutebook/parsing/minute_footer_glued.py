"""A minute heading glued after the page's running footer.

PDF text may print a page's running footer (the body's name, the page number, the
meeting's date) on the same line as the first heading of the next page:

    Planning Committee 3 Tuesday 9 May 2017 48 Tree Preservation Orders

The footer is no part of the heading: `heading_after_footer` gives the numbered heading
after it ("48 Tree Preservation Orders"), which `minute_headings.footer_glued` reads as a
bare numbered heading, an uncertain form taken only where its number continues the
numbering.
"""

from __future__ import annotations

import re

from ..vocabulary import MONTHS, WEEKDAY_NAME

#: the running footer, then the heading: a few words of the body's name, the page number,
#: the weekday and the date in words; the heading's number and a capital after it
FOOTER_THEN_HEADING = re.compile(
    r"^[A-Z][A-Za-z&'’ -]{2,60}?[ ](?:\d{1,3}[ ])?"
    r"(?:" + WEEKDAY_NAME + r",?[ ])?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ ](?:{MONTHS}),?[ ](?:19|20)\d\d"
    r"[ ]{1,4}(?P<heading>\d{1,4}[ \t]{1,8}[A-Z].{0,200})$"
)


def heading_after_footer(text: str) -> str | None:
    """The heading's own text printed after a running footer ("48 Tree Preservation
    Orders" after "Planning Committee 3 Tuesday 9 May 2017"); None when the line opens
    with no footer."""
    match = FOOTER_THEN_HEADING.match(text)
    return match["heading"] if match else None
