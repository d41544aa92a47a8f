"""Figure tables: the monthly and yearly figures reports print as tab-separated tables
(crime by month, road deaths by year, offences by year) read as numbers, so they can also
be drawn as a chart beside the table.

One function per table layout, each returning None when the table is not of its kind, as
Council Data Project's scrapers do: periods across the header row, periods down the first
column, or a header of periods over one unlabelled row. Tables of anything else (members,
ratings, dates of events) are left as tables only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Figure, Line
from ..vocabulary import MONTHS

#: What a layout reads: the periods, and each series' name and values (None: no number).
Figures = tuple[list[str], list[tuple[str, list[float | None]]]]
TAG = re.compile(r"<[^>]+>")
#: "2021", "2024 (to date)", "2019/20", "February", "March 2022", "Oct 2023 to Oct 2024"
PERIOD = re.compile(
    rf"^(?:(?:19|20)\d\d(?:/\d\d)?(?:\s*\([^)]*\))?|(?:{MONTHS})(?:\s+(?:19|20)\d\d)?)$",
    re.IGNORECASE,
)
NUMBER = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$")
#: Columns and rows that are not series of counts: changes, percentages, totals
NOT_A_SERIES = re.compile(r"%|change|difference|total", re.IGNORECASE)


def _cell(text: str) -> str:
    return TAG.sub("", text).strip()


def _number(text: str) -> float | None:
    text = _cell(text)
    return float(text.replace(",", "")) if NUMBER.match(text) else None


def _rows(rows: list[str]) -> list[list[str]]:
    return [[_cell(c) for c in row.split("\t")] for row in rows]


def periods_across(rows: list[str]) -> Figures | None:
    """Header: an empty corner and periods; rows: a label and a number per period
    ("Road deaths  57  54  45  37")."""
    cells = _rows(rows)
    header, body = cells[0], cells[1:]
    periods = header[1:]
    if header[0] or len(periods) < 2 or not all(PERIOD.match(p) for p in periods):
        return None
    series: list[tuple[str, list[float | None]]] = []
    for row in body:
        if not row[0] or NOT_A_SERIES.search(row[0]):
            continue
        values = [_number(c) for c in row[1 : len(periods) + 1]]
        if sum(v is not None for v in values) >= 2:
            series.append((row[0], values + [None] * (len(periods) - len(values))))
    return (periods, series) if series else None


def periods_down(rows: list[str]) -> Figures | None:
    """Rows: a period and numbers; header: the series ("February  11825  9986  12354 ...",
    under "2022  2021  2019  % Change ...")."""
    cells = _rows(rows)
    header, body = cells[0], [r for r in cells[1:] if PERIOD.match(r[0])]
    if len(body) < 2:
        return None
    columns = [
        k for k, name in enumerate(header)
        if k > 0 and name and not NOT_A_SERIES.search(name)
        and all(_number(r[k]) is not None for r in body if k < len(r))
    ]  # fmt: skip
    if not columns:
        return None
    periods = [r[0] for r in body]
    series = [(header[k], [_number(r[k]) if k < len(r) else None for r in body])
              for k in columns]  # fmt: skip
    return periods, series


def periods_over_one_row(rows: list[str]) -> Figures | None:
    """A header of periods over one row of numbers ("2019/20 ... 2023/24" / "2,050 ...")."""
    cells = _rows(rows)
    if len(cells) != 2 or len(cells[0]) < 2 or not all(PERIOD.match(p) for p in cells[0]):
        return None
    values = [_number(c) for c in cells[1]]
    if len(values) != len(cells[0]) or any(v is None for v in values):
        return None
    return cells[0], [("", values)]


LAYOUTS: tuple[Callable[[list[str]], Figures | None], ...] = (
    periods_across,
    periods_down,
    periods_over_one_row,
)


def figure_of(rows: list[str], line: int = 0) -> Figure | None:
    """The figures a table holds, if it is a table of figures by period."""
    if len(rows) < 2:
        return None
    for layout in LAYOUTS:
        found = layout(rows)
        if found is not None:
            return Figure(line, *found)
    return None


def tab_tables(lines: list[Line]) -> list[tuple[int, list[str]]]:
    """Each run of tab-separated lines, by the line it starts on (as `render_lines` groups
    them into tables)."""
    found: list[tuple[int, list[str]]] = []
    run: list[Line] = []
    for line in [*lines, Line(-1, "")]:
        if "\t" in line.text and line.text.strip():
            run.append(line)
            continue
        if run:
            found.append((run[0].number, [r.text.strip("\n") for r in run]))
            run = []
    return found


def find_figures(lines: list[Line]) -> list[Figure]:
    """Every table of figures by period in the lines, with the line it starts on."""
    found = (figure_of(rows, line) for line, rows in tab_tables(lines))
    return [figure for figure in found if figure is not None]
