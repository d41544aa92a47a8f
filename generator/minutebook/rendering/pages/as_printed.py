"""Less noise on a meeting page: what the structured blocks already say is not printed
twice.

- The attendance header of the minutes ("PRESENT: ...", "ALSO PRESENT: ...") is folded
  into a closed "Attendance as printed" block once the page shows the attendance read
  from it: the names stay one click away, exactly as printed, but the page does not say
  them twice.
- A minute heading that shows its agenda item ("118. Apologies (Item A2)") drops the
  citation the minutes print alone on the line under it ("(Item A2)").

Both work on the minutes' own lines and return replacements for `render_lines`; nothing
is dropped unless the page shows it elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...markup import plain
from ...model import Line
from .text import render_lines

#: "(Item A2)", "*(Item 3)*", "(Agenda Item 5a)": a citation alone on its line.
ITEM_CITATION_LINE = re.compile(
    r"\(\s*(?:Agenda\s+)?Item\s+(?P<code>[A-Z]?\d{1,3}[a-z]?)\s*\)\.?", re.IGNORECASE
)
#: How far under a heading its citation may be printed (blank lines included).
CITATION_REACH = 3
#: A citation line is short: longer lines are never tested.
MAX_CITATION_CHARS = 40


def attendance_as_printed(
    lines: Sequence[Line],
    printed: set[int],
    before: int,
    links: Mapping[int, Sequence[tuple[str, str]]],
) -> dict[int, str]:
    """Replacements folding the attendance header into a closed block: from the first to
    the last line in `printed` (lines the attendance was read from) before line `before`
    (the first minute's heading), blank lines and all."""
    header = sorted(n for n in printed if n < before)
    if not header:
        return {}
    first, last = header[0], header[-1]
    block = [line for line in lines if first <= line.number <= last]
    text = render_lines(block, links={n: links[n] for n in range(first, last + 1) if n in links})
    folded = (
        '<details class="mb-as-printed" markdown>\n'
        "<summary>Attendance as printed</summary>\n\n" + text.strip() + "\n\n</details>"
    )
    replacements = {line.number: "" for line in block}
    replacements[first] = folded
    return replacements


def repeated_item_citation(lines: Sequence[Line], heading: int, code: str) -> int | None:
    """The line under a minute heading (at `heading`) that only repeats its item citation
    ("(Item A2)" when the heading shows item A2), or None."""
    index = {line.number: k for k, line in enumerate(lines)}
    k = index.get(heading)
    if k is None:
        return None
    for line in lines[k + 1 : k + 1 + CITATION_REACH]:
        text = line.text.strip()
        if not text:
            continue
        if len(text) > MAX_CITATION_CHARS:
            return None
        cited = ITEM_CITATION_LINE.fullmatch(plain(text))
        return line.number if cited and cited["code"].upper() == code.upper() else None
    return None
