"""Cleaning rules: take PDF furniture out of the reading text and mend conversion damage.

Each quirk of the PDF-to-text conversion is one named rule with a fixture cut from the real
documents (see tests/fixtures/quirks/). Rules never lose words: what they remove is
returned as `Furniture` with the source line and the rule's name, so a test can prove that
every source line either reaches a page or was furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import Furniture, Line

RuleResult = tuple[list[Line], list[Furniture]]
Rule = Callable[[list[Line]], RuleResult]


@dataclass(frozen=True)
class CleaningRule:
    name: str
    apply: Rule
    why: str


def _drop_matching(pattern: re.Pattern[str], rule: str) -> Rule:
    def apply(lines: list[Line]) -> RuleResult:
        kept: list[Line] = []
        dropped: list[Furniture] = []
        for line in lines:
            if pattern.fullmatch(line.text.strip()):
                dropped.append(Furniture(line, rule))
            else:
                kept.append(line)
        return kept, dropped

    return apply


def strip_trailing_whitespace(lines: list[Line]) -> RuleResult:
    return [Line(line.number, line.text.rstrip()) for line in lines], []


# "### Item 3", "## Item 3": the running page header of a report inside an agenda pack.
PAGE_HEADER = re.compile(r"#{1,6}\s*Item\s+[A-Z]?\d+[a-z]?")
# "Page 60": page numbers of slides reproduced in a pack.
PAGE_NUMBER = re.compile(r"Page\s+\d+")
BLANK_PAGE = re.compile(r"(?i)this page is intentionally left blank\.?")

# "UNRESTRICTED ITEMS**118. Apologies and Substitutes**": a bold heading glued to the line
# before it. The head must not itself contain bold markers, so "**a** and **b**" is left alone.
GLUED_BOLD = re.compile(r"(?P<head>[^*]*[^*\s])\*\*(?P<bold>[^*]+)\*\*")
# "**Force Control Room (FCR) Contact:****999 Emergency call handling:**": two bold runs glued.
DOUBLE_BOLD = re.compile(r"(?P<first>\*\*[^*]+\*\*)(?P<second>\*\*[^*]+\*\*)")


def split_glued_headings(lines: list[Line]) -> RuleResult:
    """Put a bold heading glued to the end of the previous line on a line of its own."""
    out: list[Line] = []
    for line in lines:
        match = GLUED_BOLD.fullmatch(line.text)
        if match and not line.text.lstrip().startswith(("-", "•")):
            out.append(Line(line.number, match["head"]))
            out.append(Line(line.number, f"**{match['bold']}**"))
            continue
        match = DOUBLE_BOLD.fullmatch(line.text.strip())
        if match:
            out.append(Line(line.number, match["first"]))
            out.append(Line(line.number, match["second"]))
            continue
        out.append(line)
    return out, []


ORDINAL_SUP = re.compile(r"(\d+)<sup>\s*(st|nd|rd|th)\s*</sup>", re.IGNORECASE)


def flatten_ordinal_superscripts(lines: list[Line]) -> RuleResult:
    """ "14<sup>th</sup>" reads (and parses as a date) as "14th"."""
    return [
        Line(line.number, ORDINAL_SUP.sub(r"\1\2", line.text)) if "<" in line.text else line
        for line in lines
    ], []


RULES: tuple[CleaningRule, ...] = (
    CleaningRule("trailing-whitespace", strip_trailing_whitespace, "PDF text pads lines"),
    CleaningRule(
        "page-header", _drop_matching(PAGE_HEADER, "page-header"), "running header per page"
    ),
    CleaningRule("page-number", _drop_matching(PAGE_NUMBER, "page-number"), "slide page numbers"),
    CleaningRule(
        "blank-page-notice",
        _drop_matching(BLANK_PAGE, "blank-page-notice"),
        "printed on the back of every odd-length paper",
    ),
    CleaningRule("glued-heading", split_glued_headings, "headings lose their line break"),
    CleaningRule("ordinal-superscript", flatten_ordinal_superscripts, "ordinals as <sup>"),
)


def clean(text: str) -> tuple[list[Line], list[Furniture]]:
    """Apply every rule in order; return the reading lines and the furniture removed."""
    lines = [Line(number, text) for number, text in enumerate(text.split("\n"), start=1)]
    furniture: list[Furniture] = []
    for rule in RULES:
        lines, removed = rule.apply(lines)
        furniture.extend(removed)
    return lines, furniture
