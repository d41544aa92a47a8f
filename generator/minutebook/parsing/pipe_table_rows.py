"""A paper typed in a word processor's table and converted with every row between bars.

A community council's minutes are often typed in a table of two to four columns (label
or number, text, action by, date), and some converters print each row between bars,
with no space inside them and a blank line between rows:

    |Present: |Ann Reid (AR)(Chair), Ben Moss (BM), Cara |

    | |Lowe (CL). |

    |1. |Welcome and Apologies | | |

    | | | | |

    | |AR opened the meeting at 7pm. | | |

Read as printed, every line opens with a bar, so no label, number or name starts a line.
When most of a file's lines are such rows (`SHARE`, at least `MIN_ROWS`) and no row is a
Markdown table's separator ("|---|---|", whose tables other readers take), each row loses
its bars: its cells with text are kept, a tab between them (a label's cell and its
names a space); a row of empty cells is a blank line, and the header row ("|No |Subject
|Action By |") is furniture. The blank lines the converter put between rows go, so a list or a
paragraph wrapped across rows reads on. Every kept line keeps its number.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: a row between bars: "|Present: |Ann Reid |", "| | | |"
ROW = re.compile(r"^[ \t]*\|(?P<cells>.{0,2000})\|[ \t]*$")
#: a Markdown table's separator row: "|---|:---:|"
SEPARATOR_ROW = re.compile(r"^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|){1,20}[ \t]*$")
#: a title in the first column: a few capitalised or lower-case words, no number, no
#: sentence's stop ("Approve minutes", "Police Scotland")
TITLE_CELL = re.compile(r"[A-Z][\w'’&-]{0,30}(?:[ ][\w'’&()-]{1,30}){0,7}")
#: the text after it: words, not figures ("18.30 - 20.15 hrs" is a field's value)
TEXT_CELL = re.compile(r"[A-Za-z][\w'’,.-]{0,30}(?:[ ][\w'’,.()-]{1,30}){2}")
#: a column's name in the table's header row
HEADER_CELL = re.compile(
    r"No\.?|Item|Minute|Subject|Action(?:\sBy)?|Who|When|Date(?:\s(?:Required|Due))?|Owner"
    r"|Responsibility|Lead|Discussion",
    re.IGNORECASE,
)
#: Share of the file's lines with text that must be rows
SHARE = 0.6
#: Fewest rows that make the layout
MIN_ROWS = 8


def _rows_file(lines: list[Line]) -> bool:
    """Whether most of the file's lines with text are rows between bars, and none a
    Markdown table's separator."""
    texts = [line.text for line in lines if line.text.strip()]
    if any(SEPARATOR_ROW.match(text) for text in texts):
        return False
    rows = sum(1 for text in texts if ROW.match(text))
    return rows >= MIN_ROWS and rows >= SHARE * len(texts)


def _unbarred(cells: str) -> list[str]:
    """A row's cells with text, a tab between them (a label's cell, "Present:", and the
    names after it a space, as a list prints them); a title's cell in the first column
    before its text ("|Approve minutes |Proposed by ... |") a line of its own over the
    rest, as a minute's title stands over its text; [""] for a row of empty cells."""
    parts = [cell.strip() for cell in cells.split("|")]
    kept = [part for part in parts if part]
    if len(kept) > 1 and kept[0].endswith(":"):
        kept[:2] = [f"{kept[0]} {kept[1]}"]
    if len(kept) > 1 and parts[0] and TITLE_CELL.fullmatch(kept[0]) and TEXT_CELL.match(kept[1]):
        return [kept[0], "\t".join(kept[1:])]
    return ["\t".join(kept)]


def _header_row(cells: str) -> bool:
    """Whether a row is the table's header ("|No |Subject |Action By |Date Due |"): two
    cells or more, each a column's name."""
    kept = [part for cell in cells.split("|") if (part := cell.strip())]
    return len(kept) >= 2 and all(HEADER_CELL.fullmatch(part) for part in kept)


def unbar_table_rows(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with each row's bars taken off and the blank lines between rows gone,
    when the file is such a table (see above); else the lines as they are."""
    if not _rows_file(lines):
        return lines, []
    # whether the next line with text after each line is a row (one pass from the end)
    row_follows = [False] * len(lines)
    for k in range(len(lines) - 2, -1, -1):
        below = lines[k + 1].text
        row_follows[k] = ROW.match(below) is not None if below.strip() else row_follows[k + 1]
    out: list[Line] = []
    dropped: list[Furniture] = []
    previous_row = False  # the last line with text was a row
    for k, line in enumerate(lines):
        match = ROW.match(line.text)
        if match is not None and _header_row(match["cells"]):
            dropped.append(Furniture(line, "pipe-table-rows"))
            previous_row = True
            continue
        if match is not None:
            out.extend(Line(line.number, text) for text in _unbarred(match["cells"]))
            previous_row = True
            continue
        if not line.text.strip():
            if previous_row and row_follows[k]:
                continue  # the converter's blank line between two rows
        else:
            previous_row = False
        out.append(line)
    return out, dropped
