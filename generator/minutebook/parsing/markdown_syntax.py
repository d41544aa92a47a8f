"""Lines whose text Markdown would read as a link, an image or a reference definition.

Papers converted from PDF carry such text by accident ("[Item B4]: withdrawn", "[1]:
budget-2026.pdf" at the start of a line, "[text][1]") and hostile ones on purpose ("[text]
(javascript:...)"). The page writer escapes every such bracket, so the text shows as
written; this rule says where that happened, so a maintainer can check the conversion.
Links to http(s), mailto and '#' (a link the PDF lost) are the conversions' own and are
not reported. Each test is a string search or a match anchored at the line's start: linear
in the line's length whatever it holds.
"""

from __future__ import annotations

import re

from ..errors import Diagnostics
from ..model import Line

#: "[label]:" at the start of a line (Markdown allows up to three spaces before it).
REFERENCE_DEFINITION = re.compile(r" {0,3}\[[^\]\n]{1,999}\]:")
#: What a link's target may start with and still be the conversion's own link.
OWN_TARGETS = ("http://", "https://", "mailto:", "#")
#: Lines reported one by one per file; the rest are counted in one more warning.
LINES_REPORTED = 20


def markdown_syntax(text: str) -> str | None:
    """What in the text Markdown would take as a link or definition (None: nothing)."""
    if "[" not in text:  # nearly every line
        return None
    if REFERENCE_DEFINITION.match(text):
        return "a reference definition"
    if "][" in text:
        return "a reference-style link or image"
    position = text.find("](")
    while position >= 0:
        target = text[position + 2 : position + 12].lstrip().lower()
        if not target.startswith(OWN_TARGETS):
            return f"a link to {text[position + 2 : position + 32]!r}"
        position = text.find("](", position + 2)
    return None


def report_markdown_syntax(lines: list[Line], file: str, diagnostics: Diagnostics) -> None:
    """Warn, naming the line, where document text looks like Markdown link syntax."""
    found = [(line.number, what) for line in lines if (what := markdown_syntax(line.text))]
    for number, what in found[:LINES_REPORTED]:
        diagnostics.warn(
            file, number, "markdown-syntax", f"{what}: escaped, shown as text as written"
        )
    if len(found) > LINES_REPORTED:
        diagnostics.warn(
            file,
            found[LINES_REPORTED][0],
            "markdown-syntax",
            f"{len(found) - LINES_REPORTED:,} more lines with Markdown link syntax: escaped",
        )
