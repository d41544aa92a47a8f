"""A paper's body: its blocks (laid out once, in parsing) mapped to Markdown.

Nothing here reads a document's lines to decide what they are: a table, a list item, a
footnote or a heading is a block already. A page only dresses blocks: the records it
shows in their place (`replacements`, by line), ids and permalinks (`anchors`), links
(`links`: phrases, by line) and classes, and the chart drawn before a table of figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ...model import (
    AttendanceHeaderBlock,
    AttendeeCellBlock,
    Block,
    HeadingBlock,
    ItemCitationBlock,
    Line,
    ListItemBlock,
    ParagraphBlock,
    RecordLineBlock,
    TableBlock,
)
from ..folding import fold
from .text import (
    escape_block_syntax,
    inline,
    link_footnote_markers,
    link_phrases,
    permalink,
    single_blank_lines,
)

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def footnote_anchor(mark: str) -> str:
    """ "¹" -> "footnote-1": the id of a footnote's definition."""
    return f"footnote-{mark.translate(SUPERSCRIPTS)}"


def footnote_marks(blocks: Iterable[Block]) -> frozenset[str]:
    """The marks of the footnotes defined in the blocks (a marker links only to these)."""
    marks: set[str] = set()
    for block in blocks:
        if isinstance(block, ParagraphBlock) and block.footnote:
            marks.add(block.footnote)
        elif isinstance(block, AttendanceHeaderBlock):
            marks |= footnote_marks(block.blocks)
    return frozenset(marks)


def shared_lines(blocks: Iterable[Block]) -> frozenset[int]:
    """The lines flattened from a page whose records stand at their own pieces: a page
    shows each of them there (`Dressing.pieces`), not all of them together."""
    return frozenset(
        b.line for b in blocks if isinstance(b, RecordLineBlock) and b.share is not None
    )


@dataclass(frozen=True)
class Dressing:
    """What a page adds to a paper's blocks, by source line (see the module docstring).
    `shown_codes`: the item code each minute's heading shows (by its line), so a line
    that only repeats it is not shown; `fold_attendance`: the page shows the attendance,
    so the attendance header is folded into a closed block; `numbered`: the prefix of
    the id each paragraph and list item without an anchor gets from its number in the
    part ("para-" gives "para-12"), or None for none."""

    anchors: Mapping[int, str] = field(default_factory=dict)
    replacements: Mapping[int, str] = field(default_factory=dict)
    links: Mapping[int, Sequence[tuple[str, str]]] = field(default_factory=dict)
    classes: Mapping[int, str] = field(default_factory=dict)
    before_tables: Mapping[int, str] = field(default_factory=dict)
    shown_codes: Mapping[int, str] = field(default_factory=dict)
    fold_attendance: bool = False
    numbered: str | None = None
    #: explicit ids of headings (by line), and the printed contents entries (by line)
    #: linking to them (`section_ids`)
    heading_ids: Mapping[int, str] = field(default_factory=dict)
    contents: Mapping[int, str] = field(default_factory=dict)
    #: on a page flattened onto one line: what the page shows for each record of the line
    #: standing at its own piece, by (line, its place among the line's records)
    pieces: Mapping[tuple[int, int], str] = field(default_factory=dict)


def _rows_as_list(
    rows: Sequence[Sequence[str]], first_line: int, contents: Mapping[int, str]
) -> list[str]:
    """A table without a header row, as a list of its rows (a Markdown table must have a
    header, and an empty one is a header that says nothing to a screen reader); a row
    that is a contents entry links its first cell to its section."""
    items: list[str] = []
    for offset, row in enumerate(rows):
        cells = [inline(c) for c in row if c.strip()]
        target = contents.get(first_line + offset)
        if cells and target:
            cells[0] = _linked(cells[0], target)
        if len(cells) > 1 and cells[0].endswith(":"):  # "Title:" and its value
            item = f"{cells[0]} {' — '.join(cells[1:])}"
        else:
            item = " — ".join(cells)
        items.append(f"- {fold(item, '    ')}")
    return items


def _linked(markdown: str, anchor: str) -> str:
    """Inline Markdown as a link to an id on the page (a ']' in it cannot close the link)."""
    return "[" + markdown.replace("]", "\\]") + "](#" + anchor + ")"


def table(block: TableBlock, contents: Mapping[int, str] | None = None) -> list[str]:
    if not block.header:
        return _rows_as_list(block.rows, block.line, contents or {})
    cells = [[inline(c).replace("|", "\\|") for c in row] for row in block.rows]
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    out = ["| " + " | ".join(c or " " for c in cells[0]) + " |", "|" + "---|" * width]
    out += ["| " + " | ".join(c or " " for c in r) + " |" for r in cells[1:]]
    return out


def _text(value: str) -> str:
    """A name or label inside our own list: no ']' left to close a link."""
    return inline(value).replace("]", "\\]")


def attendee_list(block: AttendeeCellBlock) -> str:
    """An attendee cell as the list of attendees read from it, under their groups."""
    rows = [f"- {_text(block.label)}"]
    previous: str | None = None
    for group, said in block.attendees:
        if group and group != previous:
            rows.append(f"    - {_text(group)}:")
        previous = group
        rows.append(f"{'        ' if group else '    '}- {_text(said)}")
    return "\n".join(rows)


class _Writer:
    """Blocks -> Markdown lines, for one page."""

    def __init__(self, blocks: Sequence[Block], dressing: Dressing) -> None:
        self.blocks = blocks
        self.dressing = dressing
        self.marks = footnote_marks(blocks)
        self.out: list[str] = []

    def more(self, lines: Sequence[Line]) -> str:
        """The lines carrying on a block's first line, each with its links and markers."""
        links = self.dressing.links
        return "".join(
            " "
            + link_footnote_markers(
                link_phrases(inline(x.text), links.get(x.number, ())), self.marks
            )
            for x in lines
        )

    def paragraph(self, block: ParagraphBlock) -> None:
        d = self.dressing
        first = block.lines[0]
        body = escape_block_syntax(inline(first.text))
        body = link_phrases(body, d.links.get(first.number, ()))
        if first.number in d.contents and len(block.lines) == 1:  # a contents group label
            body = _linked(body, d.contents[first.number])
        if not block.footnote:
            body = link_footnote_markers(body, self.marks)
        body = fold(body + self.more(block.lines[1:]))
        anchor = None if block.footnote else self.anchor(block)
        if anchor:
            body += " " + permalink(anchor, "this paragraph")
        self.out += ["", body]
        style = d.classes.get(first.number) or ("mb-resolution" if block.resolution else "")
        if block.footnote:
            anchor = d.anchors.get(first.number) or footnote_anchor(block.footnote)
        attributes = [f"#{anchor}"] if anchor else []
        attributes += [f".{style}"] if style else []
        if attributes:
            self.out.append(f"{{: {' '.join(attributes)} }}")
        self.out.append("")

    def anchor(self, block: ParagraphBlock | ListItemBlock) -> str | None:
        """The block's id: the page's anchor for its line, else one from its number."""
        anchor = self.dressing.anchors.get(block.line)
        if anchor is None and self.dressing.numbered and block.number:
            anchor = f"{self.dressing.numbered}{block.number}"
        return anchor

    def list_item(self, block: ListItemBlock) -> None:
        first = block.lines[0]
        body = link_phrases(inline(first.text), self.dressing.links.get(first.number, ()))
        body = escape_block_syntax(body) + self.more(block.lines[1:])
        if block.opens_list:
            self.out.append("")
        indent = "    " * block.depth
        anchor = self.anchor(block)
        link = f" {permalink(anchor, 'this item')}" if anchor else ""
        self.out.append(f"{indent}- {fold(body, indent + '    ')}{link}")
        if anchor:  # on a line of its own inside the item: the item's id
            self.out.append(f"{indent}    {{: #{anchor} }}")

    def standing(self, line: int, printed: Block | None, markdown: str = "") -> None:
        """A block standing for a line: the page's record for it, else `markdown`, else
        the line as printed."""
        replacement = self.dressing.replacements.get(line)
        if replacement is not None:
            self.out += ["", replacement, ""]
        elif markdown:
            self.out += ["", markdown, ""]
        elif printed is not None:
            self.block(printed)

    def attendance_header(self, block: AttendanceHeaderBlock) -> None:
        if not self.dressing.fold_attendance:
            for child in block.blocks:
                self.block(child)
            return
        text = render_blocks(block.blocks, Dressing(links=self.dressing.links))
        self.out += [
            "",
            '<details class="mb-as-printed" markdown>\n'
            "<summary>Attendance as printed</summary>\n\n" + text.strip() + "\n\n</details>",
            "",
        ]

    def block(self, block: Block) -> None:
        if isinstance(block, ParagraphBlock):
            self.paragraph(block)
        elif isinstance(block, ListItemBlock):
            self.list_item(block)
        elif isinstance(block, TableBlock):
            before = self.dressing.before_tables.get(block.line)
            self.out += ["", before, ""] if before else []
            self.out += ["", *table(block, self.dressing.contents), ""]
        elif isinstance(block, HeadingBlock):
            heading = f"{'#' * block.level} {inline(block.title)}"
            if block.line in self.dressing.heading_ids:
                heading += f" {{#{self.dressing.heading_ids[block.line]}}}"
            self.standing(block.line, None, heading)
        elif isinstance(block, RecordLineBlock):
            shown = (
                None if block.share is None else self.dressing.pieces.get((block.line, block.share))
            )
            if shown is not None:  # a record of a flattened line, at its own piece
                self.out += ["", shown, ""]
            else:
                self.standing(block.line, block.printed if block.reprinted else None)
        elif isinstance(block, ItemCitationBlock):
            shown = self.dressing.shown_codes.get(block.heading)
            if not (shown and shown.upper() == block.code.upper()):
                self.paragraph(ParagraphBlock((block.line,), 0))
        elif isinstance(block, AttendeeCellBlock):
            self.standing(block.line, None, attendee_list(block))
        else:
            self.attendance_header(block)


def render_blocks(blocks: Sequence[Block], dressing: Dressing | None = None) -> str:
    """A paper's blocks as Markdown, dressed for its page."""
    writer = _Writer(blocks, dressing or Dressing())
    for block in blocks:
        writer.block(block)
    return single_blank_lines("\n".join(writer.out)).strip() + "\n"
