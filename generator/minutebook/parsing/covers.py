"""An agenda's cover sheet that the splitter left as a paper of its own.

A summons or agenda pack often opens with a cover (the council's name, a letter, the
committee's membership) above the line the splitter recognises as the agenda's start
("Dear Councillor" / "COMMITTEE – TUESDAY, 28 JANUARY", or a list of item headings).
Left apart, the cover is an unrecognised paper and the agenda loses its membership. A
cover that lists members and comes straight before an agenda is the agenda's own first
page: it joins the agenda, whatever wording opened either of them.
"""

from __future__ import annotations

from ..model import DocumentKind, Part
from .membership import membership

#: Lines at most in a cover: a longer unrecognised paper is a paper of its own
COVER_LINES = 80


def absorbs_cover(cover: Part, agenda: Part) -> bool:
    """Whether `cover` is the cover of the agenda right after it: an unrecognised paper,
    short, whose lines list the members of a body, followed by an agenda that lists none."""
    if cover.kind is not DocumentKind.OTHER or agenda.kind is not DocumentKind.AGENDA:
        return False
    if len(cover.lines) > COVER_LINES or not cover.lines or not agenda.lines:
        return False
    if cover.lines[-1].number >= agenda.lines[0].number:
        return False
    return bool(membership(cover.lines)) and not membership(agenda.lines)


def join_covers(papers: list[Part]) -> list[Part]:
    """The papers, with each agenda's cover (see `absorbs_cover`) joined to its agenda."""
    joined: list[Part] = []
    for paper in papers:
        if joined and absorbs_cover(joined[-1], paper):
            paper.lines = [*joined.pop().lines, *paper.lines]
        joined.append(paper)
    return joined
