"""Agenda items printed as blocks of labelled fields, read when no numbered item is found.

Older committee systems (CeList "Agenda Details" pages) print each item as a block of
fields, one a line, the label glued to its value:

    Item Number:2
    Status:Public
    Heading:Declarations of Interest
    Item:To receive any declarations of interest.

The item's code is the "Item Number" field and its title the "Heading" field; the "Item"
field is its description. A block numbered 0 is the agenda paper itself, attached to the
page as a block of its own ("Heading:Agenda"), not an item of business. The item's line
is its "Item Number" line.
"""

from __future__ import annotations

import re

from ..model import Line
from .text import plain

#: "Item Number:4", "Item No: 4a": the block's first field
NUMBER_FIELD = re.compile(r"^Item\s{1,3}(?:Number|No\.?)\s{0,3}:\s{0,3}(?P<code>\d{1,3}[a-z]?)$")
#: "Heading:Minutes": the block's title field
HEADING_FIELD = re.compile(r"^Heading\s{0,3}:\s{0,3}(?P<title>\S.{0,300})$")
#: Lines under the number field searched for the heading field ("Status:" between)
FIELD_REACH = 4
#: The fewest blocks that make an agenda of them (one is a stray label)
MIN_BLOCKS = 2


def field_block(lines: list[Line], i: int) -> tuple[Line, str, str] | None:
    """The item whose block opens at line `i` ("Item Number:3" over "Heading:Minutes"):
    its number line, code and title; None when line `i` opens no block, or a block
    numbered 0 (the agenda paper itself)."""
    number = NUMBER_FIELD.match(lines[i].text.strip())
    if number is None or number["code"].lstrip("0") == "":
        return None
    for k in range(i + 1, min(i + 1 + FIELD_REACH, len(lines))):
        text = lines[k].text.strip()
        if NUMBER_FIELD.match(text):
            return None  # the next block: this one has no heading
        heading = HEADING_FIELD.match(text)
        if heading is not None:
            title = plain(heading["title"]).strip()
            return (lines[i], number["code"], title) if title else None
    return None


def field_block_items(lines: list[Line]) -> list[tuple[Line, str, str]] | None:
    """The agenda's items read from its field blocks, in order; None when fewer than
    `MIN_BLOCKS` blocks are printed."""
    items = [item for i in range(len(lines)) if (item := field_block(lines, i))]
    return items if len(items) >= MIN_BLOCKS else None
