"""An agenda front sheet's list of members whose label the copy lost.

A committee's front sheet prints the members under the body's name, before the date and
the venue, after a label ("To:", "Membership") that a web page's copy may drop:

    Wyke Area Committee

    Councillors Ann Reid (Chair), Ben Moss (Vice-Chair), Cara Lowe and Dev Pym.

    Friday 4th June 2021

A paragraph in the sheet's head that opens with the plural title and is nothing but a
list of names after it is that list: the title says they are councillors, the place says
they are the body's members. A national park authority's or a board's sheet prints its
list with no plural title, each member titled on their own ("Mr A Reid (Chairman), Dr B
Moss, Mrs C Lowe, ..., 1 vacancy"): a line that is nothing but such a run of titled
names, five or more, is that list too, its count of empty seats no member.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line, MembershipFacts
from .text import plain

#: "Councillors A Reid, B Moss and C Lowe." filling its line
PLURAL_LIST = re.compile(r"^(?:County\s+)?(?:Councillors|Cllrs)\.?\s+[A-Z].{5,1500}$")
#: "Mr A Reid (Chairman), Dr B Moss, Mrs C Lowe, ...": a run of individually titled names
TITLED_RUN = re.compile(
    r"^(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Lady|Lord)\.?\s[^,]{2,80}"
    r"(?:,\s|$)){5,80}"
)
#: "1 vacancy", "2 vacancies", "Vacancy": the empty seats closing such a run
VACANCIES = re.compile(r",\s(?:\d{1,2}\s)?vacanc(?:y|ies)\.?$", re.IGNORECASE)
#: How many lines with text at the top of the paper may come before the list (a notice's
#: "Agenda" line, the council's name and "Notice of Meeting and Summons to Attend")
HEAD_LINES = 4
#: Most lines a wrapped list runs on over
MAX_WRAPPED = 4
#: At least this many names: fewer is a sentence's subject, not a body's membership
MIN_NAMES = 3


def unlabelled_members(
    lines: list[Line], name_list: Callable[[str], list[tuple[str, str]] | None]
) -> list[MembershipFacts] | None:
    """The members listed after "Councillors", or as a run of titled names, in one of
    the first lines with text, no label before them, read by `name_list`; None when the
    head holds no such list."""
    filled = [line for line in lines[:40] if line.text.strip()][:HEAD_LINES]
    for line in filled:
        text, starts = _paragraph(lines, line)
        text = VACANCIES.sub("", text.rstrip("."))
        if not PLURAL_LIST.match(text) and not TITLED_RUN.fullmatch(text):
            continue
        names = name_list(text.rstrip("."))
        if names is None or len(names) < MIN_NAMES:
            return None
        found, at = [], 0
        for name, represents in names:  # each on the line it is printed on
            where = text.find(name, at)
            at = where if where >= 0 else at
            number = max(n for start, n in starts if start <= at)
            found.append(MembershipFacts(name, represents, number))
        return found
    return None


def _paragraph(lines: list[Line], first: Line) -> tuple[str, list[tuple[int, int]]]:
    """The line's text, with the lines after it that carry on its list when it ends on a
    comma (a list wrapped over lines with no blank between them), and where each line's
    text starts in it with that line's number."""
    text = plain(first.text).strip()
    starts = [(0, first.number)]
    at = next(k for k, line in enumerate(lines) if line is first)
    for line in lines[at + 1 : at + MAX_WRAPPED]:
        if not text.endswith(",") or not line.text.strip():
            break
        starts.append((len(text) + 1, line.number))
        text = f"{text} {plain(line.text).strip()}"
    return text, starts
