"""Lines of a paper that its records stand for, found once so pages need not read them.

- A board's attendees printed in one table cell as an HTML fragment ("Attendees:" then
  "<p>Kent Police:</p> <ul ...> Tim Smith - Temporary Chief Constable ..." with no item
  marks) are read as one run of words: when the attendees parsing found there say every
  word of the cell, the cell is shown as their list; otherwise it stays as printed.
- A line under a minute's heading that only cites its agenda item ("(Item A2)") need not
  be shown under a heading that shows that item.
- The attendance header of the minutes ("PRESENT: ...", "ALSO PRESENT: ..."), from the
  first to the last line the attendance was read from before the first minute, blank
  lines and all, can be folded away on a page that shows that attendance.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..markup import plain
from ..model import AttendanceFacts, AttendeeCellBlock, ItemCitationBlock, Line, Part

#: "(Item A2)", "*(Item 3)*", "(Agenda Item 5a)": a citation alone on its line.
ITEM_CITATION_LINE = re.compile(
    r"\(\s*(?:Agenda\s+)?Item\s+(?P<code>[A-Z]?\d{1,3}[a-z]?)\s*\)\.?", re.IGNORECASE
)
#: How far under a heading its citation may be printed (blank lines included).
CITATION_REACH = 3
#: A citation line is short: longer lines are never tested.
MAX_CITATION_CHARS = 40
#: A word of an attendee cell, for comparing it with the attendees read from it.
WORD = re.compile(r"[\w'’()/&.-]+")


def _words(text: str) -> list[str]:
    return sorted(WORD.findall(plain(text)))


def attendee_cells(part: Part) -> list[AttendeeCellBlock]:
    """Each attendee cell whose words are all in the attendees read from it (two or
    more, from a label, a tab and a cell holding HTML), so showing them loses nothing."""
    by_line: dict[int, list[AttendanceFacts]] = {}
    for fact in part.attendance:
        by_line.setdefault(fact.line, []).append(fact)
    texts = {line.number: line.text for line in part.lines}
    found = []
    for number, facts in by_line.items():
        label, tab, cell = texts.get(number, "").partition("\t")
        if len(facts) < 2 or not tab or "<" not in cell:
            continue
        attendees = tuple(
            (
                fact.group,
                (f"{fact.as_written} - {fact.capacity}" if fact.capacity else fact.as_written)
                + (f" ({fact.reason})" if fact.reason else "")
                + (f" ({fact.timing})" if fact.timing else ""),
            )
            for fact in facts
        )
        words: list[str] = []
        previous: str | None = None
        for group, said in attendees:
            if group and group != previous:
                words.append(f"{group}:")
            previous = group
            words.append(said)
        if _words(" ".join(words)) == _words(cell):
            found.append(AttendeeCellBlock(number, label.strip(), attendees))
    return found


def item_citation(lines: list[Line], index: int, heading: int) -> ItemCitationBlock | None:
    """The line just under a minute's heading (`lines[index]`, at line `heading`) if it
    only cites an agenda item, else None."""
    for line in lines[index + 1 : index + 1 + CITATION_REACH]:
        text = line.text.strip()
        if not text:
            continue
        if len(text) > MAX_CITATION_CHARS:
            return None
        cited = ITEM_CITATION_LINE.fullmatch(plain(text))
        return ItemCitationBlock(line, heading, cited["code"]) if cited else None
    return None


def item_citations(part: Part) -> list[ItemCitationBlock]:
    """The citation line under each minute's heading that has one."""
    index = {line.number: k for k, line in enumerate(part.lines)}
    found = []
    for minute in part.minutes:
        k = index.get(minute.line)
        if k is not None and (citation := item_citation(part.lines, k, minute.line)):
            found.append(citation)
    return found


def attendance_header(part: Part, taken: Collection[int]) -> tuple[int, int] | None:
    """The first and last line of the attendance header (the lines attendance was read
    from, before the first minute's heading), or None: none, or it holds a line in
    `taken` (a line shown by a record of its own, like a board's attendee cell)."""
    before = min((m.line for m in part.minutes), default=0) or part.last_line + 1
    header = sorted(f.line for f in part.attendance if f.line < before)
    if not header:
        return None
    first, last = header[0], header[-1]
    if any(first <= n <= last for n in taken):
        return None
    return first, last
