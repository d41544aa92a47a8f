"""Item numbers in styles the item readers do not take, put back in their usual form.

When an agenda yields no numbered item, its numbers may be printed in another style of
the genre, or damaged by the conversion; each style is read by one small function that
returns None when a line is not in it, and the line is rewritten as "4. Title" for the
item readers:

- in brackets: "(4) Planning Applications";
- glued to the title, the space lost: "4.Planning Applications", "4)Planning";
- under a Markdown heading's marks, as a converter to Markdown prints headings:
  "## 4. Planning Applications", "### 4 Planning Applications".

The rewrite is kept only when at least `MIN_ITEMS` lines take it, so a lone "(1)" in a
paragraph is left alone.
"""

from __future__ import annotations

import re

from ..model import Line

#: "(4) Title": the number in brackets
BRACKETED = re.compile(r"^\s{0,8}\((?P<code>\d{1,3}[a-z]?)\)\s{1,8}(?P<title>[A-Z]\S.*)$")
#: "4.Title", "4)TITLE": the space after the number lost (two letters after it, the first
#: a capital, so "4.0" and "4.1" are no title)
GLUED = re.compile(r"^\s{0,8}(?P<code>\d{1,3})[.)](?P<title>[A-Z][A-Za-z'’].*)$")
#: "## 4. Title": a Markdown heading's marks before a numbered title
MARKDOWN = re.compile(r"^#{1,6}\s{1,4}(?P<rest>\d{1,3}[.):]?\s.*)$")
#: The fewest lines in a style that make it the agenda's
MIN_ITEMS = 2


def bracketed_number(text: str) -> str | None:
    """ "(4) Planning" as "4. Planning"; None for any other line."""
    match = BRACKETED.match(text)
    return f"{match['code']}. {match['title']}" if match else None


def glued_number(text: str) -> str | None:
    """ "4.Planning" as "4. Planning"; None for any other line."""
    match = GLUED.match(text)
    return f"{match['code']}. {match['title']}" if match else None


def markdown_number(text: str) -> str | None:
    """ "## 4. Planning" as "4. Planning"; None for any other line."""
    match = MARKDOWN.match(text)
    return match["rest"] if match else None


STYLES = (bracketed_number, glued_number, markdown_number)


def restyled_numbers(lines: list[Line]) -> list[Line] | None:
    """The agenda's lines with its items' numbers in the usual form, in the first style
    that at least `MIN_ITEMS` lines take; None when none does."""
    for style in STYLES:
        out: list[Line] = []
        taken = 0
        for line in lines:
            rewritten = style(line.text)
            taken += rewritten is not None
            out.append(line if rewritten is None else Line(line.number, rewritten))
        if taken >= MIN_ITEMS:
            return out
    return None
