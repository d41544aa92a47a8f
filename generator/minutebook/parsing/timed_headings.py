"""Minute headings in a timed two-column table: the time each item was taken up in the
left column, the numbered heading in the right ("Note No." / "Time" over "Item").

Some panels' minutes (police and crime panels, joint committees) print a narrow left
column giving the clock time the meeting reached each item, and the minute itself in a
wide right column:

    2pm       1.  ELECTION OF CHAIRMAN
              ...
              2.  APPOINTMENT OF VICE-CHAIRMAN
    2.15pm    4.  RULES OF PROCEDURE

Converted to text, a heading with a time opens at the margin with the time, and a
heading taken in the same quarter hour has an empty left cell: it is indented to the
right column. Neither reads as a bare numbered heading (one starts with a time, the other
is indented like the paragraphs under it). These helpers say where such a table puts a
heading's number; minute_headings' `timed_numbered` and `column_numbered` read them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Line

#: "2pm", "2.15pm", "10.30 am", "11:05 a.m." in the left column, two spaces or a tab, then
#: the minute's number and its title
TIMED_HEADING = re.compile(
    r"^(?P<time>\d{1,2}(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.))(?:[ ]{2,40}|\t{1,4})"
    r"(?P<number>\d{1,3})\.?[ \t]{1,12}(?P<title>\S.{0,200})$",
    re.IGNORECASE,
)
#: "          2.  APPOINTMENT OF VICE-CHAIRMAN": a number and title, indented
INDENTED_NUMBERED = re.compile(
    r"^(?P<indent>[ ]{4,60})(?P<number>\d{1,3})\.?[ \t]{1,12}(?P<title>\S.{0,200})$"
)
#: Lines above or below an indented heading searched for a timed one setting the column
WINDOW = 80


def timed_parts(raw: str) -> tuple[str, str] | None:
    """(number, title) of "2.15pm    4.  RULES OF PROCEDURE", a heading after the time it
    was taken; None for any other line."""
    match = TIMED_HEADING.match(raw.rstrip())
    return (match["number"], match["title"]) if match else None


def _number_column(raw: str) -> int | None:
    if not raw[:1].isdigit():  # cheap: most lines open with no time
        return None
    match = TIMED_HEADING.match(raw.rstrip())
    return match.start("number") if match else None


def timed_columns(lines: list[Line]) -> list[tuple[int, int]]:
    """(index, column of the number) of every timed heading, in order: read once per
    minutes, so the indented headings are checked against them cheaply."""
    found: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        at = _number_column(line.text)
        if at is not None:
            found.append((k, at))
    return found


def column_parts(lines: list[Line], i: int, timed: list[tuple[int, int]]) -> tuple[str, str] | None:
    """(number, title) of an indented "2.  APPOINTMENT OF VICE-CHAIRMAN" whose number
    stands in the column where a timed heading nearby (`timed`, see `timed_columns`) puts
    its number (an empty time cell); None when no timed heading sets that column."""
    if not timed:
        return None
    match = INDENTED_NUMBERED.match(lines[i].text.rstrip())
    if match is None:
        return None
    column = len(match["indent"])
    first = bisect_left(timed, (i - WINDOW, -1))
    for k, at in timed[first:]:
        if k > i + WINDOW:
            break
        if abs(at - column) <= 1:
            return match["number"], match["title"]
    return None
