"""An agenda whose items print their title in a narrow column and what the meeting is to
do beside it, with no header row over the columns, as older front-sheet templates lay
out their business:

    1.   Apologies and Named          To receive apologies for absence and details
         Substitutes                  of any substitute attending.

    3.   Minutes                      To confirm the minutes of the last meeting.
         (Pages 1 - 6)

The conversion keeps no tabs, so a line runs the title's words on into the description's
and the title's second line sits under the first, apart from its item. Where two item
rows or more start their title and their description at the same columns, each row is
re-cut into tab-separated cells (code, title, description) with the title's wrapped lines
and its page reference joined to its title cell, which the table readers of
`agenda_items` read; the description column's lines are left where they are.

A board's or committee's agenda may print who leads each item in that column instead
("Director of Public Health", "Chair"). A lead of a word or two is too short to show the
layout, but once the longer rows have shown it, a row at the same columns is re-cut too
(`_short_cell_row`), so "Chair" is no part of "Declarations of interest".
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Line
from .agenda_items import DESCRIPTION

#: an item's row: its code, a gap, a title cell (words one space apart), a gap of three
#: spaces or more and the description, three words or more opening with a word ("To
#: receive ...": a page column's "Pages 5 - 12" or "(Pages 1 - 4)" is no description)
ROW = re.compile(
    r"(?P<code>\d{1,2}\.?)[ ]{2,8}(?P<title>[A-Z0-9](?:\S| (?=\S)){0,60})[ ]{3,}"
    r"(?P<desc>(?!Pages?\b|pp?\.)[A-Za-z\"'‘“][^\t ]{0,40}(?: [^\t ]{1,40}){2,60})"
)
#: a page reference alone in the title column: "(Pages 7 - 30)", "(Page 5)"
PAGES_CELL = re.compile(r"\((?:Pages?|pp?\.)\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?\)")
#: "Report 2011/12" ending a title ("Partnership - Annual" / "Report 2011/12"), where
#: "Report of the Treasurer" says who brings the item
TITLE_REPORT = re.compile(r"report\b(?!\s+(?:of|by|from|to)\b)", re.IGNORECASE)
#: Rows sharing their columns that show the layout
MIN_ROWS = 2
#: a row at the layout's columns whose cell beside the title is a word or two, a lead's
#: post as a board's or committee's agenda prints it ("Chair", "Monitoring Officer"): the
#: code, the title, a gap of three spaces or more, the cell
SHORT_ROW = re.compile(
    r"(?P<code>\d{1,2}\.?)[ ]{2,8}(?P<title>[A-Z0-9](?:\S| (?=\S)){0,60})[ ]{3,}"
    r"(?P<desc>[A-Z][A-Za-z&'’.-]{0,30}(?: [A-Za-z&'’.-]{1,30})?)"
)
#: Lines at most a title's column goes on under its row
MAX_TITLE_LINES = 5


def _columns(text: str) -> tuple[int, int] | None:
    """Where a row's title and description start, or None when the line is no such row."""
    match = ROW.fullmatch(text.rstrip()) if "\t" not in text else None
    return (match.start("title"), match.start("desc")) if match else None


def _title_below(text: str, title_at: int, desc_at: int) -> str | None:
    """The title column's words on a line under a row, or None when the line holds none
    (blank, text left of the column, or words that cross into the description's)."""
    if not text.strip() or text[:title_at].strip():
        return None
    if len(text) > desc_at and text[desc_at - 1] != " ":
        return None
    cell = text[title_at:desc_at].strip()
    if PAGES_CELL.fullmatch(cell):
        return cell
    if not cell or cell.endswith("."):
        return None
    if DESCRIPTION.match(cell) and not TITLE_REPORT.match(cell):
        return None  # "Report of the Treasurer.": what the item is, under its title
    return cell


def _short_cell_row(text: str, columns: tuple[int, int]) -> re.Match[str] | None:
    """A row whose cell beside its title is a word or two ("Chair", "Monitoring Officer"),
    printed at the columns the agenda's longer rows share; None for any other line."""
    match = SHORT_ROW.fullmatch(text.rstrip()) if "\t" not in text else None
    if match is None or (match.start("title"), match.start("desc")) != columns:
        return None
    return match


def titles_beside_descriptions(lines: list[Line]) -> list[Line]:
    """The lines with each item row of such an agenda re-cut into tabbed cells, its
    title's wrapped lines and page reference joined to its title (and taken from the lines
    under it); the lines unchanged when no two rows share their columns."""
    found = {n: c for n, line in enumerate(lines) if (c := _columns(line.text)) is not None}
    shared = Counter(found.values())
    if not shared or shared.most_common(1)[0][1] < MIN_ROWS:
        return lines
    columns = shared.most_common(1)[0][0]
    title_at, desc_at = columns
    out = list(lines)
    rows = {n: ROW.fullmatch(lines[n].text.rstrip()) for n, at in found.items() if at == columns}
    for n, line in enumerate(lines):  # the same layout's rows with a cell of a word or two
        if n not in found and (short := _short_cell_row(line.text, columns)) is not None:
            rows[n] = short
    for n, match in sorted(rows.items()):
        if match is None:
            continue
        title = [match["title"]]
        for k in range(n + 1, min(len(lines), n + 1 + MAX_TITLE_LINES)):
            below = _title_below(lines[k].text.rstrip(), title_at, desc_at)
            if below is None:
                break
            title.append(below)
            rest = lines[k].text[desc_at:].strip()
            out[k] = Line(lines[k].number, " " * desc_at + rest if rest else "")
            if PAGES_CELL.fullmatch(below):
                break
        cells = [match["code"].rstrip("."), " ".join(title), match["desc"].strip()]
        out[n] = Line(lines[n].number, "\t".join(cells))
    return out
