"""A numbered minute heading glued to the end of the previous minute's last sentence.

PDF conversion sometimes loses the line break before a heading: "The Forum NOTED the
position.5. Falling Rolls Fund Applications 2023/24". The heading is put back on a line
of its own (same source line) when its number is the one after the last heading printed
at a line's start ("4. Dedicated Schools Grant"), so a decimal ("3.5. The") or a
reference ("para.5.") that happens to follow a full stop is left alone.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line
from .minute_headings import looks_like_title

#: "... the position.5. Falling Rolls Fund": a word's last letter (or a bracket), a full
#: stop, the number, its stop, a space and a capitalised title to the line's end
GLUED_NUMBERED = re.compile(
    r"^(?P<head>.{1,400}?[a-z)’'\"”])\.(?P<number>\d{1,3})\.[ \t]+(?P<title>[A-Z][^\t]{1,150})$"
)
#: a heading at a line's start: "4. Dedicated Schools Grant"
LINE_START_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.[ \t]+[A-Z]")


def split_glued_numbered_headings(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Put a numbered heading glued to the previous sentence on a line of its own, when
    its number follows the last heading's."""
    out: list[Line] = []
    last: int | None = None
    for line in lines:
        text = line.text.strip()
        start = LINE_START_NUMBER.match(text)
        if start is not None:
            last = int(start["number"])
        match = GLUED_NUMBERED.fullmatch(text) if last is not None and "." in text else None
        if match is None or int(match["number"]) != (last or 0) + 1:
            out.append(line)
            continue
        if not looks_like_title(match["title"]):
            out.append(line)
            continue
        out.append(Line(line.number, f"{match['head']}."))
        out.append(Line(line.number, f"{match['number']}. {match['title']}"))
        last = int(match["number"])
    return out, []
