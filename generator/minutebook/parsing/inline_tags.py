"""Inline HTML tags a host left in a paper's text: emphasis round words, a break at a line's end.

Some hosts store a paper converted from PDF as HTML and hand its text back with the
markup of each word still on it: "<strong>Mr</strong> <strong>Richard</strong> Lacey,
<strong>Vice</strong>-<strong>Chairman</strong>", each line closed by "<br />". Read as
printed, no name, label or heading rule sees the words through the tags. Emphasis and a
line's closing break are markup, not words: the line is given back its words, the tags
taken out where they stand (so "<strong>Mr</strong>s" is "Mrs"). Any other tag (a table
cell's, a list's) stays for the rules that read cells, and a break inside a line stays for
the rules that part a web page's rows at it.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: an emphasis tag, opening or closing: "<strong>", "</b>", '<span class="x">'
EMPHASIS = re.compile(r"</?(?:strong|b|em|i|u|span)(?:\s[^<>]{0,200})?>", re.IGNORECASE)
#: a line break closing a line: "<br />", "<br>", "<br/>"
CLOSING_BREAK = re.compile(r"\s{0,40}<br\s{0,4}/?>\s{0,40}$", re.IGNORECASE)


def without_inline_tags(text: str) -> str | None:
    """The line without its emphasis tags and its closing break, or None when it has
    neither."""
    if "<" not in text:
        return None
    bare = CLOSING_BREAK.sub("", EMPHASIS.sub("", text))
    return None if bare == text else bare


def strip_inline_tags(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Every line holding emphasis tags or closed by a break given back its words."""
    out = []
    for line in lines:
        bare = without_inline_tags(line.text)
        out.append(line if bare is None else Line(line.number, bare))
    return out, []
