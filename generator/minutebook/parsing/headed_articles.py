"""Minutes printed as headed articles, as Scottish councils print them: a title in
capitals on its own line, a blank line, then the article's number opening its first
paragraph after a wide gap ("APOLOGIES" over "1.    Apologies were intimated on behalf
of ..."). The number is the minute's (the article's), kept as printed even where the
agenda's sub-item numbers show through ("5", "6.1", "7", "8.2"); the minute's line is
its title's.

Read one by one, the number would look like a paragraph's and the title like a stray
capitals line; `headed_articles` reads them only when several titles sit over such
numbers and the numbers' whole parts rise from each to the next (a list numbered under
one heading, or paragraph numbers restarting under each, never qualifies).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..model import Line
from .minute_headings import (
    CAPITALS_NOT_HEADING,
    DECISION_WORD,
    SECTION_LABEL,
    MinuteHeading,
    looks_like_title,
)
from .text import plain

#: "1.    Apologies were ...", "6.1   The Committee had before it ...": the article's
#: number, a gap of two spaces or more (or a tab), and its sentence; after a stop one space
#: will do ("2. The Board had before it ...", the gap lost in a web page's text)
ARTICLE = re.compile(
    r"^(?P<number>\d{1,3}(?:\.\d{1,2})?)(?:\.?(?: {2,8}|\t{1,2})|\. )(?P<text>[A-Z(].*)$"
)
#: fewest headed articles that show the minutes are printed so
MIN_ARTICLES = 3


def _headed_article(lines: list[Line], i: int) -> MinuteHeading | None:
    """The capitals title at line `i` with its article's number, when one blank line
    parts it from a paragraph that opens with a number after a wide gap."""
    raw = lines[i].text
    if i + 2 >= len(lines) or raw[:1] in (" ", "\t") or lines[i + 1].text.strip():
        return None
    title = plain(raw.replace("**", "")).strip()
    if not title.isupper() or title[:1].isdigit() or len(title) > 200:
        return None
    if DECISION_WORD.match(title) or CAPITALS_NOT_HEADING.match(title):
        return None
    if SECTION_LABEL.match(title) and len(title.split()) < 2:
        return None  # "EXEMPT" alone marks a part; "EXEMPT INFORMATION" titles an article
    article = ARTICLE.match(lines[i + 2].text.rstrip())
    if article is None or article["text"].isupper() or not looks_like_title(title):
        return None
    return MinuteHeading(i, article["number"], title, None, certain=True)


def _whole(number: str | None) -> int:
    return int((number or "0").split(".")[0])


def headed_articles(lines: list[Line], start: int = 0) -> list[MinuteHeading]:
    """The headed articles from `start` on; [] unless at least MIN_ARTICLES are found and
    the whole part of their numbers rises from each to the next."""
    found = [h for k in range(start, len(lines)) if (h := _headed_article(lines, k))]
    if len(found) < MIN_ARTICLES:
        return []
    if any(_whole(b.number) <= _whole(a.number) for a, b in pairwise(found)):
        return []
    return found
