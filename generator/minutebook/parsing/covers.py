"""An agenda's cover sheet that the splitter left as a paper of its own.

A summons or agenda pack often opens with a cover (the council's name, a letter, the
committee's membership) above the line the splitter recognises as the agenda's start
("Dear Councillor" / "COMMITTEE – TUESDAY, 28 JANUARY", or a list of item headings).
Left apart, the cover is an unrecognised paper and the agenda loses its membership. A
cover that lists members and comes straight before an agenda is the agenda's own first
page: it joins the agenda, whatever wording opened either of them. So does a short cover
that opens the file and prints the date the agenda's own heading gives ("for the Meeting
/ of the / X Fire Authority / Wednesday 25 September 2013" over "MEETING: ... / DATE AND
TIME: Wednesday 25 September 2013 at 7.30pm"), its first word perhaps lost.
"""

from __future__ import annotations

from ..dates import find_date
from ..model import DocumentKind, Part
from .membership import membership

#: Lines at most in a cover: a longer unrecognised paper is a paper of its own
COVER_LINES = 80


def absorbs_cover(cover: Part, agenda: Part, first: bool = False) -> bool:
    """Whether `cover` is the cover of the agenda right after it: an unrecognised paper,
    short, whose lines list the members of a body, followed by an agenda that lists none;
    or, opening the file (`first`), printing the agenda's date and no other, or only the
    scraps of the agenda's title (see title_scraps)."""
    if cover.kind is not DocumentKind.OTHER or agenda.kind is not DocumentKind.AGENDA:
        return False
    if len(cover.lines) > COVER_LINES or not cover.lines or not agenda.lines:
        return False
    if cover.lines[-1].number > agenda.lines[0].number:
        return False  # (two pieces of one flattened line share its number)
    if membership(cover.lines) and not membership(agenda.lines):
        return True
    return first and (same_date(cover, agenda) or title_scraps(cover))


#: Most lines, and longest line, of the scraps of a title left above its paper
SCRAP_LINES = 3
SCRAP_CHARS = 40


def title_scraps(cover: Part) -> bool:
    """Whether the cover is only the scraps of a title whose first word was lost: a few
    short lines, the first starting in lower case ("for the Meeting" / "of the" / "Fenby
    Fire Authority"), no sentence."""
    texts = [line.text.strip() for line in cover.lines if line.text.strip()]
    return (
        0 < len(texts) <= SCRAP_LINES
        and texts[0][:1].islower()
        and all(len(t) <= SCRAP_CHARS and not t.endswith((".", ":")) for t in texts)
    )


#: Non-blank lines of an agenda's head searched for the date its cover prints
HEAD_LINES = 15


def _dates(part: Part, count: int) -> set[object]:
    texts = [line.text for line in part.lines if line.text.strip()][:count]
    return {d for t in texts if (d := find_date(t)) is not None}


def same_date(cover: Part, agenda: Part) -> bool:
    """Whether the cover prints the date the agenda's head gives (and no other)."""
    dates = _dates(cover, COVER_LINES)
    return len(dates) == 1 and dates <= _dates(agenda, HEAD_LINES)


def join_covers(papers: list[Part]) -> list[Part]:
    """The papers, with each agenda's cover (see `absorbs_cover`) joined to its agenda."""
    joined: list[Part] = []
    for paper in papers:
        if joined and absorbs_cover(joined[-1], paper, first=len(joined) == 1):
            paper.lines = [*joined.pop().lines, *paper.lines]
        joined.append(paper)
    return joined
