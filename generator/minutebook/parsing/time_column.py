"""Minutes printed with the time each item was reached in a left margin column.

Some panels, fire authorities and county committees print their minutes as a two-column
table, a narrow "Note" or "Time" column holding the time the meeting reached an item
("2pm", "2.15pm", "10.40") and the minute in the wide column beside it:

    2pm       1.  ELECTION OF CHAIRMAN

              RESOLVED

              That Mr A Smith be elected Chairman ...

              2.  APPOINTMENT OF VICE-CHAIRMAN

Converted to text, every line of the minutes is indented to the wide column, and the
headings of items reached at a noted time open with that time. Read as printed, no
heading opens its line and the indentation makes the numbered headings read as
paragraphs. `strip_time_column` takes the margin off: the times (which are no part of
any minute) and the column's indentation, from the first timed heading to the first
line printed left of the column (the signature block under the table), every line
keeping its number; the table's header row above the first timed heading ("Note No.
Item": a word or two over each column) is furniture. The later stages then read the
headings and paragraphs as they read any minutes. A list of timings ("10.00   3 crews
attended") has times but no text in a wide column, and is left as printed.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: A time in the margin (with am / pm, or in figures alone: "10.40"), a gap of two or
#: more spaces, then a numbered heading: "2pm       1.  ELECTION OF CHAIRMAN", "10.30 am
#: 4. Budget", "10.10     3.  MINUTES" (the column starts at `rest`).
TIMED_HEADING = re.compile(
    r"^(?P<time>\d{1,2}(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:][0-5]\d)[ ]{2,40}"
    r"(?P<rest>\d{1,3}\.?[ \t]+\S.{0,200})$",
    re.IGNORECASE,
)
#: The table's header row: a word or two in the margin, a gap, a word or two starting at
#: the wide column ("Time        Minute", "Note No.  Item").
HEADER_ROW = re.compile(
    r"^(?P<margin>[A-Z][A-Za-z.]{0,8}(?: [A-Za-z.]{1,8})?)[ ]{2,40}"
    r"(?P<cell>[A-Z][a-z]{1,10}(?: [A-Za-z]{1,10})?)$"
)
#: At least this many timed headings at one column make the layout (one could be a
#: line of prose that starts with a time).
MIN_TIMED = 2
#: The wide column starts at least this far in (a margin wide enough for "10.30am").
MIN_COLUMN = 6


def _column(lines: list[Line]) -> tuple[int, int] | None:
    """The wide column's start and the index of the first timed heading at it, when at
    least `MIN_TIMED` timed headings share that column; else None."""
    starts: dict[int, list[int]] = {}
    for k, line in enumerate(lines):
        text = line.text
        if not text[:1].isdigit():
            continue  # cheap test first: the pattern spells out a leading time
        match = TIMED_HEADING.match(text)
        if match is not None and match.start("rest") >= MIN_COLUMN:
            starts.setdefault(match.start("rest"), []).append(k)
    best = max(starts.items(), key=lambda item: len(item[1]), default=None)
    if best is None or len(best[1]) < MIN_TIMED:
        return None
    return best[0], best[1][0]


def strip_time_column(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Take the time margin off minutes printed in a time / minute table: from the first
    timed heading, a timed heading loses its time and every line indented to the wide
    column loses that indentation, up to the first line with text printed left of the
    column that is no timed heading. Nothing changes unless the wide column holds at
    least as many lines of text under the headings as there are timed headings."""
    found = _column(lines)
    if found is None:
        return lines, []
    column, first = found
    out = lines[:first]
    dropped: list[Furniture] = []
    above = next(
        (k for k in range(first - 1, max(-1, first - 4), -1) if lines[k].text.strip()), None
    )
    if above is not None:
        header = HEADER_ROW.match(lines[above].text)
        if header is not None and header.start("cell") == column:
            dropped.append(Furniture(lines[above], "time-column-header"))
            out = [*lines[:above], *lines[above + 1 : first]]
    timed = indented = 0
    end = len(lines)
    for k in range(first, len(lines)):
        line = lines[k]
        text = line.text
        match = TIMED_HEADING.match(text)
        if match is not None and match.start("rest") == column:
            out.append(Line(line.number, match["rest"]))
            timed += 1
        elif not text.strip() or not text[:column].strip():
            out.append(Line(line.number, text[column:] if text.strip() else text))
            indented += bool(text.strip())
        else:
            end = k  # the table has ended
            break
    if indented < timed:  # times over no text in the wide column: a list of timings
        return lines, []
    return [*out, *lines[end:]], dropped
