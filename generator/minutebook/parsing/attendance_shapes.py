"""Shapes of lines in attendance lists, each read by one small function that returns
None (or False) when its shape is not there: a title hanging in a column of its own,
substitutes paired "respectively", a name and its council after a dash, an unlabelled
list opening "Councillors X ... in the Chair;", a substitute's title left at the end
of the line above. The list reader (attendance.py) calls them."""

from __future__ import annotations

import re

from ..vocabulary import PARTICLES, PLURAL_TITLE, STARTS_WITH_TITLE, TITLE, TITLE_WORDS
from .names import brackets_of, is_office, looks_like_a_person, split_name_list

#: The start of a titled name left at the end of a line: a title, and maybe initials or
#: particles ("... Councillor", "... Councillor O C de R").
NAME_BEGUN = re.compile(
    rf"(?:^|\s)(?P<begun>{TITLE}(?:\s(?:[A-Z]\.?|{'|'.join(sorted(PARTICLES))})){{0,5}})$"
)


def name_begun_above(above: str, text: str, sub: str) -> str | None:
    """The start of a substitute's name printed at the end of the line above, when the
    substitute sentence opens this line with the rest of it ("... Councillor" / "Alan
    Reid was welcomed as substitute Member for ..."); None otherwise."""
    if not text.startswith(sub.strip()) or STARTS_WITH_TITLE.match(sub):
        return None
    match = NAME_BEGUN.search(above[-80:])
    return match["begun"] if match else None


#: "..., substituted by Cllr A Reid and Cllr B Moss respectively": the substitutes of
#: the names before it, one each in the same order.
RESPECTIVELY = re.compile(
    r",?\s+(?:(?:who\s+)?were\s+)?(?:substituted|replaced)\s+by\s+(?P<subs>[^.;]{3,300}?)"
    r",?\s+respectively\b"
)


def respective_substitutes(names: str) -> tuple[str, list[str]] | None:
    """'Cllr A and Cllr B, substituted by Cllr C and Cllr D respectively': the names
    sending apologies, and their substitutes in the same order; None without
    "respectively" or with one substitute only."""
    if "respectively" not in names:
        return None
    match = RESPECTIVELY.search(names)
    if match is None:
        return None
    subs = [entry.as_written for entry in split_name_list(match["subs"])]
    return (names[: match.start()], subs) if len(subs) >= 2 else None


#: "Jean Amos - Independent", "Cllr B Moss (Chair) - Wyke Council": a name, a spaced dash
#: and what they sit as or for, one to a line.
DASH_ROW = re.compile(r"^(?P<name>[^-–—:;,]{3,80}?)\s[-–—]\s(?P<said>\S[^–—]{1,150})$")


def dash_row(text: str) -> bool:
    """Whether a line is one person, a spaced dash and their council or seat ("Jean Amos
    - Independent"), as a list printed one to a line under an inline label goes on: the
    name titled or a person's (no office before the dash)."""
    match = DASH_ROW.match(text.strip()) if len(text) <= 240 else None
    if match is None:
        return False
    name = brackets_of(match["name"])[0]
    return bool(STARTS_WITH_TITLE.match(name)) or (
        looks_like_a_person(name) and not is_office(name)
    )


#: A title alone in a cell ("Cllrs", "Cllr") hanging to the left of the names it covers.
HANGING_TITLE = re.compile(rf"^(?:{PLURAL_TITLE}|{TITLE_WORDS})\.?$")


def hanging_titles(cells: list[str]) -> list[str] | None:
    """'Cllrs<TAB>P A Reid<TAB>Cllrs<TAB>B Moss': titles printed in a column of their own,
    left of the names they cover. A singular title ("Cllr") joins the name after it; a
    plural one ("Cllrs") is dropped, its names kept as printed. None when no cell is a
    title alone before a name."""
    if not any(HANGING_TITLE.match(c) for c in cells[:-1]):
        return None
    found: list[str] = []
    title: str | None = None
    for cell in cells:
        if HANGING_TITLE.match(cell):
            if title is not None:
                return None  # two titles in a row: no hanging column
            title = cell
            continue
        plural = title is not None and re.match(rf"{PLURAL_TITLE}(?!\w)", title) is not None
        found.append(f"{title} {cell}" if title and not plural else cell)
        title = None
    return found if title is None else None


#: "Councillors A Reid (Wyke Council) in the Chair; B Moss ...": a plural title, the
#: chair's name and "in the Chair" before the next name
COUNCILLORS_CHAIR = re.compile(
    rf"^{PLURAL_TITLE}\s[A-Z][^;:]{{2,120}}?\s+in\s+the\s+[Cc]hair(?:[;,]|\s+and)\s"
)


def councillors_chair_line(text: str) -> bool:
    """Whether a line opens an unlabelled list of those present: a plural title, the
    chair's name "in the Chair", and more names after it."""
    return COUNCILLORS_CHAIR.match(text.strip()[:300]) is not None
