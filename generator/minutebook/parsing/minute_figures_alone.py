"""Minutes numbered through the year by a figure alone on its line, the title below it.

Some committee systems print each minute's running number in a column of its own, with
no stop, and the title in small capitals in the next column. Converted to text, the
number stands alone (often with trailing spaces) and the title follows on the next line
with text, the small capitals lost to lower case:

    312

    election of vice-chairman

    RESOLVED:

A narrow two-column page sets its titles in capitals instead, and a title may open with
the year it reports on ("163" over "2009-10 ANNUAL REPORT OF THE TREASURER").

None of the numbered forms reads a figure with no stop (it may be a page number), nor a
title in lower case. `figures_over_titles` reads them only where the minutes yield no
other heading, and only when two figures or more each stand over a short, distinct title
and each figure is one more than the last: page numbers stand over the next page's text,
which repeats a running header or runs on a sentence. Where a column slipped at a page
break (a figure printed beside the last minute's decision, over its text), the longest
run of figures that each follow the last heads the minutes; the slipped figure heads none.
A title in capitals may wrap onto the next line in capitals, which is its end.
"""

from __future__ import annotations

import re

from ..model import Line
from .agenda_items import without_file_link
from .minute_headings import MinuteHeading, looks_like_sentence, with_wrapped_title
from .text import plain

#: the minute's number alone on its line, with no stop ("312"), not a year
FIGURE = re.compile(r"^(?P<number>\d{1,4})$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
#: a short title in either case: a letter first, no closing stop
TITLE = re.compile(r"^[A-Za-z‘'\"(][^.;:]{1,79}$")
#: a title in capitals opening with the year or period it reports on ("2009-10 ANNUAL
#: REPORT", "2024 BUDGET"): the figures, then a word in capitals
YEAR_TITLE = re.compile(r"^\d{2,4}(?:[-/]\d{2,4})?[ ][A-Z][^.;:a-z]{1,70}$")
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
    title = without_file_link(plain(lines[below].text).strip(), 0)  # "... pdf icon PDF 9 KB"
    if not (TITLE.match(title) or YEAR_TITLE.match(title)):
        return None
    if len(title.split()) > MAX_WORDS or looks_like_sentence(title):
        return None
    return MinuteHeading(i, figure["number"], title, None, certain=False)


def _longest_run(found: list[MinuteHeading]) -> list[MinuteHeading]:
    """The longest run of `found` in which each figure is one more than the last (the
    first such run on a tie)."""
    runs: list[list[MinuteHeading]] = []
    for heading in found:
        if runs and int(heading.number or 0) == int(runs[-1][-1].number or 0) + 1:
            runs[-1].append(heading)
        else:
            runs.append([heading])
    return max(runs, key=len, default=[])


def figures_over_titles(lines: list[Line], start: int = 0) -> list[MinuteHeading]:
    """The minutes headed by figures alone over their titles, from `start` on: the
    longest run in which each figure is one more than the last; [] unless it holds
    MIN_MINUTES and their titles all differ."""
    every = [h for i in range(start, len(lines)) if (h := figure_over_title(lines, i))]
    found = _longest_run(every)
    if len(found) < MIN_MINUTES:
        return []
    if len({h.title.lower() for h in found}) < len(found):
        return []  # a running header under each page's number
    return [with_wrapped_title(lines, h) if h.title.isupper() else h for h in found]
