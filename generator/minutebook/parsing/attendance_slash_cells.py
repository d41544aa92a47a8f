"""An attendance table whose cells a converter joined with a spaced slash.

Boards print those present as a table of a name and a post, with the group's label in a
first column on the group's first row; some converters join the cells with " / ":

    Present / Mr A Reid / Chairman
    Mrs B Moss / Non-Executive Board Member
    By Invitation / Dr C Lowe / Director of Finance
    Attending / Miss D Pym / Board Secretary

Read as printed, the slash glues the post to the name. `slash_cells` turns such a row
into the tab-separated cells the table reader knows, when its name cell is titled and
the cell after it is a post (so "Ann Reid / Ben Moss", a seat two people share, stays
as printed), with a label cell before the name only when it is an attendance label. The
first row broken apart ("Present" / "/" / "Mr A Reid" / "/ Chairman") is joined: a
titled name alone, then its post on the next line after a slash, the lone slashes above
the name dropped. Below a row so cut, a row whose post is no office word ("Ms E Fyfe /
Secretariat", "Mr G Hale / BSO": a team, an agency's initials) is a row of the same table
and is cut too, when its post is short, capitalised and names no titled person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import is_office

#: The cell border a converter printed
BORDER = " / "
#: A post continuing the name above it: "/ Chairman"
SLASHED_POST = re.compile(r"^/\s(?P<post>\S.{0,120})$")
#: Longest row read, and longest name cell
MAX_ROW = 240
MAX_NAME = 60
#: A post cell below a cut row though no office word: capitalised, short, no stop
TABLE_POST = re.compile(r"^[A-Z][\w&’'(),-]*(?:\s[\w&’'(),/-]+){0,7}$")


def _name_and_post(name: str, post: str, in_table: bool = False) -> bool:
    """Whether two cells are a titled person and their post; below a row already cut
    (`in_table`) any short capitalised post that names no titled person will do."""
    return (
        len(name) <= MAX_NAME
        and BORDER.strip() not in name
        and STARTS_WITH_TITLE.match(name) is not None
        and (
            is_office(post)
            or (
                in_table
                and TABLE_POST.match(post) is not None
                and STARTS_WITH_TITLE.match(post) is None
            )
        )
    )


def slash_row(
    text: str, is_label: Callable[[str], bool], in_table: bool = False
) -> list[str] | None:
    """The row's cells when it is an optional label, a titled name and a post (with a
    further cell after it); else None. `in_table`: the row above was cut."""
    if BORDER not in text or len(text) > MAX_ROW:
        return None
    cells = [c.strip() for c in text.strip().split(BORDER)]
    if not 2 <= len(cells) <= 4 or not all(cells):
        return None
    first = 1 if len(cells) >= 3 and is_label(cells[0]) else 0
    if len(cells) - first > 3 or not _name_and_post(cells[first], cells[first + 1], in_table):
        return None
    return cells


def _next_text(lines: list[Line], start: int) -> int | None:
    """The index of the first line from `start` with text, within a few lines."""
    for at in range(start, min(len(lines), start + 3)):
        if lines[at].text.strip():
            return at
    return None


def _drop_lone_slashes(out: list[Line]) -> None:
    """Drop the lone slashes (and the blank lines around them) ending `out`: the
    borders of a first row broken apart ("Present" / "/" / "Mr A Reid")."""
    tail = 0
    while tail < min(len(out), 6) and out[-1 - tail].text.strip() in ("", BORDER.strip()):
        tail += 1
    if any(line.text.strip() == BORDER.strip() for line in out[len(out) - tail :]):
        del out[len(out) - tail :]


def slash_cells(lines: list[Line], is_label: Callable[[str], bool]) -> list[Line]:
    """The lines with each slash-joined row of a name and a post cut into tab cells."""
    out: list[Line] = []
    skip: set[int] = set()
    in_table = False
    for at, line in enumerate(lines):
        if at in skip:
            continue
        text = line.text.strip()
        after = _next_text(lines, at + 1) if STARTS_WITH_TITLE.match(text) else None
        post = SLASHED_POST.match(lines[after].text.strip()) if after is not None else None
        if after is not None and post and _name_and_post(text, post["post"]):
            _drop_lone_slashes(out)
            out.append(Line(line.number, f"{text}\t{post['post']}"))
            skip.update(range(at + 1, after + 1))
            in_table = True
            continue
        cells = slash_row(text, is_label, in_table)
        in_table = cells is not None
        out.append(line if cells is None else Line(line.number, "\t".join(cells)))
    return out
