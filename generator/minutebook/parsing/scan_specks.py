"""A scanned paper's specks that OCR read as letters, at the head of the file.

A scanned record's head carries marks the OCR reads as text: a speck before the pack's
stamp ("I. AGENDA ITEM No...... 3......") and stray glyphs on lines of their own between
the title and the date ("4EFVT"). Read as printed they become a minute numbered "I" titled
"AGENDA ITEM No" and a minute 4 titled "EFVT". In the file's head only, a line that is one
token of a number run into capitals is blanked (its number kept), and a letter or two with
a stop before a stamp is taken off the stamp. What is removed is returned as furniture.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: Non-blank lines of a file's head searched for specks
HEAD_LINES = 20
#: one token, a number run into capitals with no space: "4EFVT" (never an item's code
#: such as "4a", "12B" or an ordinal such as "2ND": three capitals at least)
SPECK_LINE = re.compile(r"\d{1,2}[A-Z]{3,6}")
#: a letter or two and a stop before the pack's stamp: "I. AGENDA ITEM No 3"
SPECK_BEFORE_STAMP = re.compile(r"^\s{0,4}[A-Za-z]{1,2}[.,]\s{1,4}(?=agenda\s+item\b)", re.I)


def drop_scan_specks(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with the head's specks taken out (see above)."""
    out = list(lines)
    removed: list[Furniture] = []
    seen = 0
    for k, line in enumerate(lines):
        if seen >= HEAD_LINES:
            break
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if SPECK_LINE.fullmatch(text):
            out[k] = Line(line.number, "")
            removed.append(Furniture(line, "scan-specks"))
            continue
        speck = SPECK_BEFORE_STAMP.match(line.text)
        if speck is not None:
            out[k] = Line(line.number, line.text[speck.end() :])
            removed.append(Furniture(Line(line.number, speck.group(0).strip()), "scan-specks"))
    return out, removed
