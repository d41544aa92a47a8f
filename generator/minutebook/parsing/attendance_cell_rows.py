"""An attendance table's cells flattened into rows of names after their labels.

A board's minutes converted from a table may print each group of the attendance as one
row, the label in the first cell and the names in the next, nothing between the names:

    Present in person Ann Reid (Convener) Ben Moss Cara Lowe

    Dan Pym (Deputy Convener) Eve Hart

    Present virtually Dr Fay Dunn Gil Ives

    In Attendance Hal Amos, Chief Executive Ian Bell, Clerk to the Board

    Apologies Jo Kerr Kit Lamb

Each row's names are forename and surname pairs, a title ("Dr", "Cllr") before a pair
and a bracketed post after it; a row with no label carries on the group above. The
officers' row runs "Name, Post Name, Post": each post ends where the next name's two
words begin before a comma. `cell_rows` rewrites such a block as the list reader knows
it, each label alone with its colon over its names parted by commas, one officer a line.
A block is read only when every row parses so, with at least `MIN_NAMES` people in all:
a sentence, or a heading of two capitalised words, is never one.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import IS_TITLE

#: A row's label, no colon, before the first name's capital
ROW_LABEL = re.compile(
    r"^(?P<label>(?:Members\s|Also\s)?Present(?:\sin\sperson|\svirtually|\sremotely"
    r"|\sonline|\sby\svideo(?:\slink)?)?|In\sAttendance|Apologies(?:\sfor\sAbsence)?)"
    r"\s(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: One word of a forename or surname: a capital, a small letter, then name letters
NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]{0,30}")
#: Words a post ends with, never a surname: the officers' row's posts are told by them
POST_END = re.compile(
    r"(?:Officer|Manager|Director|Executive|Services|Clerk|Secretary|Board|Council|Team"
    r"|Adviser|Advisor|Lead|Head|Chair|Convener|Member|Committee)$"
)
#: Fewest people in a block; longest row looked at; lines a block may run over
MIN_NAMES = 4
LONGEST_ROW = 2000
BLOCK_LINES = 40


def row_names(text: str) -> list[str] | None:
    """The people of a row with nothing between them ("Ann Reid (Convener) Dr Ben Moss"),
    each a pair of name words after at most two titles, a bracket after it kept with it;
    None when any piece of the row is no such name."""
    words = text.split()
    names: list[str] = []
    k = 0
    while k < len(words):
        if words[k].startswith("("):  # "(Deputy Convener)": the post of the name before
            end = next((j for j in range(k, len(words)) if words[j].endswith(")")), None)
            if end is None or not names:
                return None
            names[-1] = " ".join([names[-1], *words[k : end + 1]])
            k = end + 1
            continue
        titles: list[str] = []
        while k < len(words) and len(titles) < 2 and IS_TITLE.match(words[k]):
            titles.append(words[k])
            k += 1
        pair = words[k : k + 2]
        if len(pair) < 2 or not all(_name_word(word) for word in pair):
            return None
        names.append(" ".join([*titles, *pair]))
        k += 2
    return names or None


def _name_word(word: str) -> bool:
    return NAME_WORD.fullmatch(word) is not None and IS_TITLE.match(word) is None


def name_posts(text: str) -> list[str] | None:
    """The officers of a row "Ann Reid, Chief Executive Ben Moss, Clerk", each as "Name,
    Post"; None unless the row opens with a name and every piece between two commas
    is a post closed by the next name's two words (two officers at least)."""
    pieces = re.split(r",\s", text)
    first = row_names(pieces[0])
    if len(pieces) < 3 or first is None or len(first) != 1:
        return None
    entries: list[str] = []
    name = pieces[0]
    for piece in pieces[1:-1]:
        words = piece.split()
        if len(words) < 3 or not all(_name_word(word) for word in words[-2:]):
            return None
        if POST_END.search(words[-1]) or not words[0][:1].isupper():
            return None
        entries.append(f"{name}, {' '.join(words[:-2])}")
        name = " ".join(words[-2:])
    entries.append(f"{name}, {pieces[-1]}")
    return entries


#: One row read: its label (None: the group above goes on), its entries, and whether
#: they are officers with their posts ("Name, Post"), one a line when written out
Row = tuple[str | None, list[str], bool]


def _row(text: str, label: str | None) -> Row | None:
    """The row a line prints, or None."""
    if len(text) > LONGEST_ROW:
        return None
    match = ROW_LABEL.match(text)
    if match is not None:
        rest = text[match.end() :]
        names = row_names(rest)
        if names:
            return match["label"], names, False
        officers = name_posts(rest)
        return (match["label"], officers, True) if officers else None
    names = row_names(text)
    return (None, names, False) if names and label is not None else None


def _block(lines: list[Line], start: int) -> dict[int, Row]:
    """The rows of the block opening at `start` by line index; empty when the line opens
    none or the block names fewer than `MIN_NAMES` people."""
    rows: dict[int, Row] = {}
    label: str | None = None
    for k in range(start, min(len(lines), start + BLOCK_LINES)):
        text = lines[k].text.strip()
        if not text:
            continue
        row = _row(text, label)
        if row is None or (k == start and row[0] is None):
            break
        label = row[0] or label
        rows[k] = row
    if sum(len(entries) for _, entries, _ in rows.values()) < MIN_NAMES:
        return {}
    return rows


def _blocks(lines: list[Line]) -> dict[int, Row]:
    """The rows of every block in the lines, by line index."""
    found: dict[int, Row] = {}
    for k, line in enumerate(lines):
        if k not in found and ROW_LABEL.match(line.text.strip()):
            found.update(_block(lines, k))
    return found


def cell_row_lines(lines: list[Line]) -> frozenset[int]:
    """Indices of the lines of every flattened block of attendance cells."""
    return frozenset(_blocks(lines))


def cell_rows(lines: list[Line]) -> list[Line]:
    """The lines with each flattened block of attendance cells rewritten (see the
    module's docstring); the lines as they are when there is none."""
    rows = _blocks(lines)
    if not rows:
        return lines
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k not in rows:
            out.append(line)
            continue
        label, entries, officers = rows[k]
        if label is not None:
            out.append(Line(line.number, f"{label}:"))
        if officers:
            out.extend(Line(line.number, entry) for entry in entries)
        else:
            out.append(Line(line.number, ", ".join(entries)))
    return out
