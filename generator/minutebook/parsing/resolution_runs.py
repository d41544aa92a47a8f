"""How far a resolution's text runs past its first line, in two layouts of the genre.

- `across_page_break`: a resolution's sentence broken by a page break. Converted to text,
  the page's footer and the next page's header are taken out as furniture and leave
  blank lines between "... into the adjoining field be" and "approved and that ...": a
  line ending without a stop, then, after at most a few blank lines around the lines
  taken out, a line opening in lower case carries the sentence on. Only where lines
  were taken out (the source's line numbers skip) or a page's bare number stands
  between the blank lines: a blank line alone ends a decision.
- `opens_numbered_clauses`: "RESOLVED: (1) That the policy be approved." with "(2) That
  ..." on the lines under it, the numbered clauses hanging beside the formula: the first
  clause numbered on the formula's own line means the numbered lines under it are the
  same resolution's further clauses.
- `heading_over_clause`: "RESOLVED :" alone, then a short heading of its own line over
  each numbered clause ("Deputation" over "(1) That Standing Order 10 be suspended ...",
  "Motions" over "(2) That ..."), as a council's procedural motion groups its clauses:
  the headings are no clauses, and the clauses under them are the decision.

Each returns None / False when its layout does not apply.
"""

from __future__ import annotations

import re

from ..model import Line
from .minute_paragraphs import bullet, lettered, numbered
from .text import plain

#: A page break leaves at most this many blank lines where the footer and header were.
MAX_BREAK_BLANKS = 4
#: A page's bare number left on a line of its own between blank lines ("2", "- 2 -",
#: "Page 2"): where it stands, the page broke.
PAGE_NUMBER = re.compile(r"^(?:-\s{0,3})?(?:Page\s+)?\d{1,4}(?:\s{0,3}-)?$")
#: What ends a sentence, or a line that leads into a list.
STOPS = (".", "!", "?", ";", ":")
#: The decision word with its vote or kind in brackets and its mark, then the first
#: clause's number: "RESOLVED: (1) That ...", "Resolved – (a) that ...", "RESOLVED (by 5
#: votes to 1) 1. That ..." (a list starts at 1, a or i); or the first clause alone, where
#: the decision's words begin after a label in a left column ("Decisions   (1) That").
FIRST_CLAUSE_BESIDE = re.compile(
    r"^(?:(?:It\s+was\s+)?(?:unanimously\s+)?(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|ORDERED)"
    r"(?:\s*\([^()]{1,60}\))?\s*(?::[-–—]?|[–—-])?\s*"
    r"(?:that\s*:?\s*)?)?(?:\(\s*(?:1|a|i)\s*\)|(?:1|a|i)[.)])\s",
    re.IGNORECASE,
)


def _is_item(text: str) -> bool:
    return bool(numbered(text) or lettered(text) or bullet(text))


def across_page_break(body: list[Line], k: int) -> int | None:
    """The index of the line that carries on line `k`'s sentence over the blank lines a
    page break left ("... into the adjoining field be" / (blank) / "approved and that
    ..."), or None: when line `k` ends with a stop, no blank line follows it, more than
    `MAX_BREAK_BLANKS` do, no line was taken out between them (their source numbers
    run on: a blank line of the paper's own) and no page number stands between them, or
    the next line with text opens in upper case or is a list item."""
    before = plain(body[k].text).rstrip()
    if not before or before.endswith(STOPS):
        return None
    if k + 1 >= len(body) or body[k + 1].text.strip():
        return None  # no break: an ordinary wrap, read by the caller
    numbered_page = False
    for j in range(k + 2, min(len(body), k + 2 + MAX_BREAK_BLANKS + 1)):
        text = plain(body[j].text).strip()
        if not text:
            continue
        if not numbered_page and PAGE_NUMBER.match(text):
            numbered_page = True  # "2", "- 2 -": the page's number, left between blanks
            continue
        taken_out = numbered_page or body[j].number - body[k].number > j - k
        if taken_out and text[0].islower() and not _is_item(text):
            return j
        return None
    return None


def opens_numbered_clauses(text: str) -> bool:
    """ "RESOLVED: (1) That the draft policy be approved.": the decision's words open with
    its first clause's number beside the formula, so the numbered lines under it ("(2)
    That ...") belong to it."""
    return FIRST_CLAUSE_BESIDE.match(text.strip()) is not None


#: A label or formula in a left column, a wide gap, then the decision's text in the right
#: column: "Decision      To extend ...", "RESOLVED     -   That ..." (the text's column
#: starts where the gap ends).
LABEL_THEN_TEXT = re.compile(r"^(?P<label>[ ]{0,12}\S{1,12}(?:[ ]{1,3}[-–—:])?)[ ]{3,40}(?=\S)")


def hanging_column(text: str) -> int | None:
    """Where the decision's text starts on a line that prints its label or formula in a
    left column ("Decision      To extend the contract with Brightway"): the column its
    wrapped lines hang under; None when no wide gap follows a first word."""
    match = LABEL_THEN_TEXT.match(text)
    return match.end() if match is not None else None


def hangs_under(before: str, text: str, column: int) -> bool:
    """The line `text` carries on the sentence `before` ends with: it is indented exactly
    to the hanging column ("                    Services Ltd for two years"), the sentence
    has no stop yet, and the line is no list item."""
    indent = len(text) - len(text.lstrip(" "))
    if indent != column or before.rstrip().endswith(STOPS):
        return False
    return not _is_item(text.strip())


#: Most words of a heading over a resolution's numbered clause
MAX_HEADING_WORDS = 10
#: How far under a heading its clause may start (blank lines between)
HEADING_REACH = 3


def heading_over_clause(body: list[Line], k: int) -> bool:
    """Whether line `k` is a short heading of its own over a numbered clause ("Deputation"
    over "(1) That ..."): a few words opening with a capital, no stop or colon at its
    end, no list item itself, and a numbered clause the next line with text."""
    text = plain(body[k].text).strip()
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or not text[:1].isupper():
        return False
    if text.endswith((*STOPS, ",")) or _is_item(text) or "\t" in text or "|" in text:
        return False
    below = next((x for x in body[k + 1 : k + 1 + HEADING_REACH] if x.text.strip()), None)
    return below is not None and bool(numbered(plain(below.text).strip()))
