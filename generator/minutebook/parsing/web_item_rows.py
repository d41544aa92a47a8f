"""A committee system's items table printed as pipe rows, one item a line.

A council's meeting page ("Agenda and minutes") sets its items in a table of two columns,
"No." and "Item"; the item's cell holds its title, the agenda's text and, under a
"Minutes:" (or "Decision:") label, the minute. A converter that prints tables as pipe
rows puts each item on one line, the cell's paragraphs run together or split into cells:

    | 23. | Apologies for absence | Minutes: Apologies were received from Cllr A Reid. |
    | 26. | Trees PDF 340 KB | Report. | Minutes: Noted. RESOLVED: That ... be approved. |

Such a row is put back as the page prints it, each piece on a line of its own (the same
source line): the number, the title, the agenda's text, the label, the minute's text,
its decision ("RESOLVED: ...") from the sentence that opens it. The readers of the
page's other forms then read it. A row is rewritten only when one of its cells after
the first opens with the label, so no other table is touched.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line
from .web_row_run_in_label import documents_label_pieces, run_in_label_pieces

#: "Minutes: ...", "Decision: ...": the label opening a cell (in bold or not), with the
#: text after it
LABELLED = re.compile(
    r"^(?:\*\*)?(?P<label>Minutes|Decision|Decisions)\s*:\s*(?:\*\*)?\s*(?P<text>.*)$"
)
#: a cell holding the item's number only: "23.", "23", "41/25", "A5"
NUMBER = re.compile(r"^[A-Z]?\d{1,4}(?:[./]\d{1,4})?[a-z]?\.?$")
#: the paragraphs of a cell run together: a line break kept as a tag, or a sentence's
#: stop before the decision's formula ("... 88%. RESOLVED: That ...")
PARAGRAPH_BREAK = re.compile(r"\s*<br\s*/?>\s*|(?<=[.:;])\s+(?=(?:RESOLVED|AGREED)\b)")
#: Longest row read
MAX_ROW = 5000


def row_pieces(text: str) -> list[str] | None:
    """The lines an item's pipe row stands for; None when the line is no such row."""
    text = text.strip()
    if len(text) > MAX_ROW or "|" not in text:
        return None
    if "inutes:" not in text and "ecision" not in text:
        return None  # no label: the cheap test before the cells are split
    cells = [c.strip() for c in text.strip("|").split("|")]
    cells = [c for c in cells if c]
    if len(cells) < 2 or not any(LABELLED.match(c) for c in cells[1:]):
        return None
    if LABELLED.match(cells[0]):
        return None  # a label first: no item's title to head it
    pieces: list[str] = []
    for cell in cells:
        labelled = LABELLED.match(cell)
        if labelled is None:
            pieces.extend(p for p in PARAGRAPH_BREAK.split(cell) if p and p.strip())
            continue
        pieces.append(f"{labelled['label']}:")
        pieces.extend(p for p in PARAGRAPH_BREAK.split(labelled["text"]) if p and p.strip())
    return [p.strip() for p in pieces]


def split_item_rows(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Put each piece of a committee system's item row on a line of its own."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        pieces = row_pieces(line.text) if "|" in line.text else None
        pieces = pieces or (run_in_label_pieces(line.text) if "inutes:" in line.text else None)
        broken = _broken_after_documents(line, lines[k] if k < len(lines) else None)
        if pieces is None and broken is not None:  # the minute's text on the next line
            out.extend(Line(line.number, piece) for piece in broken[0])
            out.extend(Line(lines[k].number, piece) for piece in broken[1])
            k += 1
            continue
        if pieces is None:
            out.append(line)
            continue
        out.extend(Line(line.number, piece) for piece in pieces)
    return out, []


def _broken_after_documents(line: Line, below: Line | None) -> tuple[list[str], list[str]] | None:
    """An item's cell broken after its run-in "Additional documents:" label, the minute on
    the next line (`documents_label_pieces`); None for any other line."""
    if below is None or not line.text.rstrip().endswith("documents:"):
        return None
    return documents_label_pieces(line.text, below.text)


#: Pieces of one row searched for its label
MAX_PIECES = 40


def row_title(lines: list[Line], i: int) -> str | None:
    """The item's title when line `i` is the first piece of an item row put back on its
    own lines with no number cell before it ("Apologies | Minutes: ..."), its label among
    the row's later pieces; None for any other line (a numbered row's number is read as
    the page's number alone on its line)."""
    number = lines[i].number
    if i > 0 and lines[i - 1].number == number:
        return None
    text = lines[i].text.strip()
    if not text or text[:1].isdigit() or LABELLED.match(text):
        return None  # a number, alone or before the title: the numbered readers' heading
    for k in range(i + 1, min(len(lines), i + MAX_PIECES)):
        if lines[k].number != number:
            return None
        label = LABELLED.match(lines[k].text.strip())
        if label is not None and not label["text"]:
            return text
    return None
