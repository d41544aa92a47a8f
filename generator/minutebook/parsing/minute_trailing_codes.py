"""A minute's code printed after its heading: "3. DECLARATIONS OF INTEREST - 16.11.132".

Parish councils that head each minute with the agenda's numbering often set the minute's
own reference at the heading's right-hand end, after a spaced dash or in brackets: the
item's number restarts at every meeting, the code runs on through the council's year
("16.11.130", "16.11.131", ... or "23/041", "23/042"). Converted to text, the code closes
the heading's line. It is the minute's number; the leading number is the agenda item the
minute records, and the code is no word of the title.

A single heading ending so may be a title with a year or a date in it ("Budget - 2024/25"):
the rule holds only when `MIN_CODED` or more of the paper's headings close with such a
code and their codes rise in printed order. `with_trailing_codes` applies it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .minute_headings import MinuteHeading

#: two to four groups of digits joined by stops or slashes, after a series' capitals
#: ("FC23/041") or not
CODE = r"(?:[A-Z]{1,4}[ ./]?)?\d{1,4}(?:[./]\d{1,4}){1,3}"
#: the title, then a spaced dash and the code, or the code in brackets, closing the line
TRAILING_CODE = re.compile(
    rf"^(?P<title>\S.{{2,200}}?)(?:\s{{1,3}}[-–—]\s{{1,3}}(?P<code>{CODE})"
    rf"|\s{{1,3}}\((?P<bracketed>{CODE})\))$"
)
#: headings of the paper that must close with a code before any is read so
MIN_CODED = 2


def _key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", code))


def _trailing_code(heading: MinuteHeading) -> re.Match[str] | None:
    if heading.number is None or not heading.number.isdigit() or heading.item_code:
        return None
    match = TRAILING_CODE.match(heading.title)
    if match is None or not re.search(r"[A-Za-z]{3}", match["title"]):
        return None
    return match


def with_trailing_codes(found: list[MinuteHeading]) -> list[MinuteHeading]:
    """`found` with each heading "N. TITLE - CODE" numbered by its code, its item N, when
    `MIN_CODED` or more headings close with codes that rise; `found` unchanged otherwise."""
    coded = {i: m for i, h in enumerate(found) if (m := _trailing_code(h)) is not None}
    codes = {i: m["code"] or m["bracketed"] for i, m in coded.items()}
    keys = [_key(code) for code in codes.values()]
    if len(coded) < MIN_CODED or any(a >= b for a, b in pairwise(keys)):
        return found
    return [
        replace(h, number=codes[i], title=coded[i]["title"].strip(), item_code=h.number)
        if i in coded
        else h
        for i, h in enumerate(found)
    ]
