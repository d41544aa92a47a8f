"""Minutes printed as a decisions table: "Min No / Description / Resolution" columns.

Some committee systems publish a meeting's minutes as a table, one row a minute: its
number, its title (wrapping within its cell) and the resolution (wrapping within its
own), tab-separated once converted to text; a second table ("Min No / Minute") may follow
with the narrative of the minutes that have one, keyed by the same numbers. Read as text,
each row's title and resolution run into one another, so `untabled_minutes` rewrites the
table as ordinary minutes: the number and the whole title on one line, the narrative row
of that number under it, then the resolution. Every rewritten line keeps the number of
the printed line it came from, so facts still cite the paper's own lines.
"""

from __future__ import annotations

import re

from ..model import Line

#: the header row of the decisions table: "Min No<TAB>Description<TAB>Resolution"
DECISIONS_HEADER = re.compile(
    r"^Min(?:ute)?\.?[ \t]*No\.?\t+(?:Description|Subject|Title|Item)\t+"
    r"(?:Resolutions?|Decisions?)[ \t]*$",
    re.IGNORECASE,
)
#: the header row of the narrative table: "Min No<TAB>Minute"
NARRATIVE_HEADER = re.compile(
    r"^Min(?:ute)?\.?[ \t]*No\.?\t+(?:Minutes?|Details|Notes)[ \t]*$", re.IGNORECASE
)
#: a row: the minute number, then its cells
ROW = re.compile(r"^(?P<number>\d{1,4})\.?\t(?P<cells>.*)$")
#: a row's continuation: an empty number cell, then the cells' next lines
CONTINUATION = re.compile(r"^\t(?P<cells>.*)$")

Row = tuple[str, list[tuple[int, list[str]]]]


def _rows(lines: list[Line], start: int) -> tuple[list[Row | Line], int]:
    """The rows of a table from `start` to the first blank line, continuations gathered
    under their row; a line of another shape inside ("Part II") kept as it is. Returns
    them with the index after the table."""
    out: list[Row | Line] = []
    k = start
    while k < len(lines) and lines[k].text.strip():
        text = lines[k].text.rstrip()
        row = ROW.match(text)
        more = CONTINUATION.match(text)
        if row:
            out.append((row["number"], [(k, row["cells"].split("\t"))]))
        elif more and out and not isinstance(out[-1], Line):
            out[-1][1].append((k, more["cells"].split("\t")))
        else:
            out.append(lines[k])
        k += 1
    return out, k


def _column(pieces: list[tuple[int, list[str]]], column: int) -> list[tuple[int, str]]:
    """The non-empty text of one column of a row's lines, with each line's index."""
    return [
        (k, cells[column].strip())
        for k, cells in pieces
        if len(cells) > column and cells[column].strip()
    ]


def untabled_minutes(lines: list[Line]) -> list[Line] | None:
    """The lines with a decisions table rewritten as ordinary minutes; None when the
    paper prints no "Min No / Description / Resolution" table."""
    header = next(
        (k for k, li in enumerate(lines) if DECISIONS_HEADER.match(li.text.strip())), None
    )
    if header is None:
        return None
    rows, after = _rows(lines, header + 1)
    narrative: dict[str, list[Line]] = {}
    skip: set[int] = set()
    for k in range(after, len(lines)):
        if NARRATIVE_HEADER.match(lines[k].text.strip()):
            notes, end = _rows(lines, k + 1)
            for note in notes:
                if not isinstance(note, Line):
                    narrative[note[0]] = [Line(lines[j].number, t) for j, t in _column(note[1], 0)]
            skip.update(range(k, end))
            break
    out = [*lines[:header], Line(lines[header].number, "")]
    for row in rows:
        if isinstance(row, Line):
            out.append(row)
            continue
        number, pieces = row
        first = lines[pieces[0][0]].number
        title = " ".join(t for _, t in _column(pieces, 0))
        out += [Line(first, f"{number} {title}"), Line(first, "")]
        if number in narrative:
            out += [*narrative[number], Line(first, "")]
        resolved = _column(pieces, 1)
        if resolved:
            text = " ".join(t for _, t in resolved)
            out += [Line(lines[resolved[0][0]].number, text), Line(first, "")]
    out += [
        li if k not in skip else Line(li.number, "") for k, li in enumerate(lines) if k >= after
    ]
    return out
