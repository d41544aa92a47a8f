"""The later cells of an agenda's table, flattened onto the end of each item's title.

Boards' agendas (health boards', public corporations') print each item as a table row:
the number, the title, then narrow cells for who leads it and which paper goes with it
("1.4. Performance Management AMcM *": the lead's initials and a key mark, "* = paper
attached"; "2.1 Chief Executive's Report BD(2020)19.3", "1.2 Matters Arising Attached":
the paper's reference or its state). The conversion keeps one space between the cells,
so they end the title. A cell goes only when the agenda shows its column: three items
or more, and a third of them (half for a lead's initials, which a title's own acronym
could look like), end in a cell of that kind; a lead's initials must stand for someone
leading two items or more, after a title's word that is no link word ("Report of the
CCG" keeps its acronym). A title wrapped under its row carries the lead's cell inside
it ("Minutes of 15 January & 12 BH * February 2015"): a lead of the column with its key
mark there goes too.

Councils' agendas may instead number each item's report in a reference column, the
meeting's prefix, a running number and the year ("4. MINUTES CC98- 2016", "5. Budget
C12-2019"), or a partnership's prefix, year and number after a dash ("6. Chief Officer's
Report - HSCP.21.020"). A reference goes where three items or more, a third of them,
carry one; in a title wrapped under its row the reference sits inside it ("REVIEW OF
PARLIAMENTARY CC102- 2016 CONSTITUENCIES") and goes there too.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import AgendaItemFacts

#: a key mark after the lead's or paper's cell: "*" (paper attached), "#" (to follow),
#: "®" (restricted), "†"
KEY_MARK = r"(?:\s[*#®†]{1,2})?"
#: a lead's initials: "BH", "AMcM", "JMcD", "SG"
INITIALS = r"(?:[A-Z]{2,4}|[A-Z]{1,2}Ma?c[A-Z]{1,2})"
#: the lead's cell ending a title whose last word is in lower case or a number
LEAD = re.compile(
    r"(?<=[a-z0-9)’'])\s(?P<cell>" + INITIALS + r")" + KEY_MARK + r"\s*$",
)
#: the paper's cell ending a title: its state, or its reference ("BD(2020)19.3",
#: "BD/20/19.3")
PAPER = re.compile(
    r"(?<=[\w)’'])\s(?P<cell>Attached|To follow|Verbal(?: report| update)?|Enclosed|Tabled|"
    r"[A-Z]{1,6}\(\d{4}\)\d{1,3}(?:\.\d{1,3})?|[A-Z]{1,6}/\d{2,4}/\d{1,3}(?:\.\d{1,3})?)"
    + KEY_MARK
    + r"\s*$"
)
#: an item's report reference: "CC97- 2016", "C12-2019", "HSCP.21.020"
REFERENCE = r"(?:[A-Z]{1,4}\d{1,4}-\s?(?:19|20)\d{2}|[A-Z]{2,6}\.\d{2}\.\d{3})"
#: a reference ending the title, perhaps after a dash, or inside a wrapped title
REFERENCE_CELL = re.compile(
    r"(?<=[\w)’'])(?:\s[-–])?\s(?P<cell>" + REFERENCE + r")(?=\s*$|\s[\w(])"
)
#: the words a title's acronym follows, which a lead's initials never follow
LINK_WORD = re.compile(r"(?:^|\s)(?:the|of|for|from|and|by|to|on|in|with|at|&)$", re.IGNORECASE)
#: Items at least ending in a column's cells
MIN_CELLS = 3
#: Items printing a lead whose initials some lead's cell repeats at least
MIN_REPEATED = 2


def without_trailing_cells(items: list[AgendaItemFacts]) -> None:
    """Take the lead's and the paper's cells off the items' titles when the agenda shows
    those columns (see the module's note)."""
    _drop_papers(items)
    _drop_leads(items)
    _drop_references(items)


def _drop_papers(items: list[AgendaItemFacts]) -> None:
    ends = [(item, m) for item in items if (m := PAPER.search(item.title)) and m.start() > 0]
    if len(ends) < MIN_CELLS or 3 * len(ends) < len(items):
        return
    for item, match in ends:
        item.title = item.title[: match.start()].rstrip()


def _drop_leads(items: list[AgendaItemFacts]) -> None:
    ends = [
        (item, m)
        for item in items
        if (m := LEAD.search(item.title)) and not LINK_WORD.search(item.title[: m.start()])
    ]
    if len(ends) < MIN_CELLS or 2 * len(ends) < len(items):
        return
    counts = Counter(m["cell"] for _, m in ends)
    if counts.most_common(1)[0][1] < MIN_REPEATED:
        return
    for item, match in ends:
        item.title = item.title[: match.start()].rstrip()
    inside = re.compile(
        r"\s(?:" + "|".join(re.escape(c) for c in counts) + r")\s[*#®†]{1,2}(?=\s\S)"
    )
    for item in items:
        item.title = inside.sub("", item.title, count=1)


def _drop_references(items: list[AgendaItemFacts]) -> None:
    cells = [(item, m) for item in items if (m := REFERENCE_CELL.search(item.title))]
    if len(cells) < MIN_CELLS or 3 * len(cells) < len(items):
        return
    for item, match in cells:
        item.title = f"{item.title[: match.start()]}{item.title[match.end() :]}".strip()
