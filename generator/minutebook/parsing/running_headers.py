"""Page furniture printed above a file's first paper: the pack's item stamp, however it is
numbered or marked, and a running header that the printer repeats on every page.

A published pack stamps each paper with the item it belongs to ("Agenda Item 3",
"Item 3(3)" for the third paper bound under item 3) and often a protective marking beside
it ("PUBLIC", "OFFICIAL"); older minutes repeat a running header at the top of each page
(the committee's name and the page number, the meeting's date in figures). Above the first
paper these lines are no paper of their own: they belong to the paper below them.
"""

from __future__ import annotations

import re

from ..model import Line

#: a protective marking printed beside a stamp: "PUBLIC", "OFFICIAL", "NOT PROTECTIVELY
#: MARKED", "OFFICIAL-SENSITIVE", "UNCLASSIFIED", "OPEN"
MARKING = (
    r"(?:public|open|official(?:[ -]sensitive)?|unclassified|not\s+protectively\s+marked|"
    r"restricted|unrestricted)"
)
#: "Agenda Item 3", "Item 2", "Item 3(3)", "Agenda Item 4.2", "Item 5(b)", "AGENDA ITEM
#: NO:3", with a marking before or after it: "PUBLIC<TAB>Agenda Item 3", "Agenda Item 6 OFFICIAL";
#: a form's stamp with leader dots round the number written in: "AGENDA ITEM No...... 3......"
ITEM_STAMP = re.compile(
    rf"(?:{MARKING}[\s:|-]{{1,12}})?(?:agenda\s+)?item(?:\s+no(?:\.{{0,12}}|\.?\s?:?)\s?|\s+)"
    rf"[A-Z]?\d{{1,3}}[a-z]?(?:\(\d{{1,2}}\)|\([a-z]\)|\.\d{{1,2}}|\.{{2,12}})?"
    rf"(?:[\s:|-]{{1,12}}{MARKING})?",
    re.IGNORECASE,
)
#: Longer than this, a line is the paper's own text, not a running header.
HEADER_LENGTH = 80
#: a run of figures, which a running header changes from page to page ("Committee 21")
FIGURES = re.compile(r"\d{1,6}")


def _shape(text: str) -> str:
    """A line's words with its figures masked: the same on every page of a running header."""
    return FIGURES.sub("#", re.sub(r"\s+", " ", text.strip()))


def running_header(text: str, later: set[str]) -> str | None:
    """The shape of a running header ("Licensing and Regulatory Committee 21" over
    "14.03.06") when the same line, its figures aside, is printed again further down the
    file (at the next page's top); None for a line printed once, or too long for one."""
    if not text.strip() or len(text.strip()) > HEADER_LENGTH:
        return None
    shape = _shape(text)
    return shape if shape in later else None


def later_shapes(lines: list[Line]) -> set[str]:
    """The shapes of the short lines of the rest of a file, to find running headers in."""
    return {
        _shape(line.text)
        for line in lines
        if line.text.strip() and len(line.text.strip()) <= HEADER_LENGTH
    }
