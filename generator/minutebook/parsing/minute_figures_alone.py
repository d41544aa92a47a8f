"""Minutes numbered through the year by a figure alone on its line, the title below it.

Some committee systems print each minute's running number in a column of its own, with
no stop, and the title in small capitals in the next column. Converted to text, the
number stands alone (often with trailing spaces) and the title follows on the next line
with text, the small capitals lost to lower case:

    312

    election of vice-chairman

    RESOLVED:

None of the numbered forms reads a figure with no stop (it may be a page number), nor a
title in lower case. `figures_over_titles` reads them only where the minutes yield no
other heading, and only when two figures or more each stand over a short, distinct title
and each figure is one more than the last: page numbers stand over the next page's text,
which repeats a running header or runs on a sentence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..model import Line
from .minute_headings import MinuteHeading, looks_like_sentence
from .text import plain

#: the minute's number alone on its line, with no stop ("312"), not a year
FIGURE = re.compile(r"^(?P<number>\d{1,4})$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
#: a short title in either case: a letter first, no closing stop
TITLE = re.compile(r"^[A-Za-z‘'\"(][^.;:]{1,79}$")
#: Most words of a title read under a figure
MAX_WORDS = 10
#: Lines under a figure searched for its title (blank lines between)
TITLE_REACH = 3
#: The fewest figures over titles that show the minutes are numbered so
MIN_MINUTES = 2


def figure_over_title(lines: list[Line], i: int) -> MinuteHeading | None:
    """The minute headed by the figure alone at line `i` ("312") with its title on the
    next line with text ("election of vice-chairman"); None when the line is no figure or
    what is below it is no short title."""
    figure = FIGURE.match(plain(lines[i].text).strip())
    if figure is None or YEAR.match(figure["number"]):
        return None
    below = next(
        (k for k in range(i + 1, min(i + 1 + TITLE_REACH, len(lines))) if lines[k].text.strip()),
        None,
    )
    if below is None:
        return None
    title = plain(lines[below].text).strip()
    if not TITLE.match(title) or len(title.split()) > MAX_WORDS or looks_like_sentence(title):
        return None
    return MinuteHeading(i, figure["number"], title, None, certain=False)


def figures_over_titles(lines: list[Line], start: int = 0) -> list[MinuteHeading]:
    """The minutes headed by figures alone over their titles, from `start` on; [] unless
    MIN_MINUTES are found, their titles all differ and each figure is one more than the
    last."""
    found = [h for i in range(start, len(lines)) if (h := figure_over_title(lines, i))]
    if len(found) < MIN_MINUTES:
        return []
    if any(int(b.number or 0) != int(a.number or 0) + 1 for a, b in pairwise(found)):
        return []
    if len({h.title.lower() for h in found}) < len(found):
        return []  # a running header under each page's number
    return found
